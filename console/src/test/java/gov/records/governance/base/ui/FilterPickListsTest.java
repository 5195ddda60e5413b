package gov.records.governance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import gov.records.governance.compliance.ui.FindingListView;
import gov.records.governance.groups.ui.GroupListView;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 14, Found 8 (DD072): the list box every filter select opens is named after the
 * select's label, so axe-core's {@code aria-input-field-name} has nothing to report when
 * a user opens one, in every list view with filter selects.
 */
@SpringBootTest
class FilterPickListsTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void everyFilterSelectOfTheFindingsListNamesItsListBox() {
		navigate(FindingListView.class);
		assertThat(listBoxNames()).containsExactlyInAnyOrder("Severity=Severity", "Status=Status");
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void everyFilterSelectOfTheGroupsListNamesItsListBox() {
		navigate(GroupListView.class);
		assertThat(listBoxNames()).containsExactlyInAnyOrder("Auto-delete=Auto-delete", "Capture=Capture",
				"Needs attention=Needs attention");
	}

	/** "label=name of its list box" for every select on the view. */
	@SuppressWarnings("rawtypes")
	private List<String> listBoxNames() {
		return $(Select.class).all()
			.stream()
			.map((select) -> select.getLabel() + "="
					+ select.getElement()
						.getChildren()
						.filter((child) -> "vaadin-select-list-box".equals(child.getTag()))
						.map((Element box) -> Objects.requireNonNullElse(box.getAttribute("aria-label"), "unnamed"))
						.findFirst()
						.orElse("no list box"))
			.toList();
	}

}
