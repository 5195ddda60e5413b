package gov.records.governance.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.organizations.OrganizationService;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 14, Found 4: the disposition form asked for a number no view showed, answered an
 * empty field with a raw {@code NullPointerException} message, and its draft printed raw
 * instants and an office without its component. Now an empty choice is refused on the
 * field in words, and the prepared draft writes times readably with their zone and names
 * the office with its component.
 */
@SpringBootTest
class DispositionFormTest extends SpringBrowserlessTest {

	private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FindingService findings;

	@Autowired
	private OrganizationService organizations;

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	@SuppressWarnings("unchecked")
	void anEmptyChoiceIsRefusedInWordsAndTheDraftIsReadable() {
		navigate(DispositionListView.class);
		ComboBox<FindingRow> picker = find(ComboBox.class).id("disposition-finding");
		test(find(Button.class).id("disposition-prepare")).click();
		assertThat(picker.isInvalid()).isTrue();
		assertThat(picker.getErrorMessage()).isEqualTo("Choose the finding the report is about.");
		assertThat($(Notification.class).all()).isEmpty();

		FindingRow finding = this.findings.search("", PageRequest.of(0, 200))
			.stream()
			.filter((f) -> f.groupId() != null && !this.organizations.fullTree()
				.nameWithComponent(f.organizationId())
				.equals(f.organizationName()))
			.findFirst()
			.orElseThrow();
		long before = this.jdbc.sql("select coalesce(max(id), 0) from disposition_draft").query(Long.class).single();
		try {
			picker.setValue(finding);
			test(find(Button.class).id("disposition-prepare")).click();
			assertThat(picker.isInvalid()).isFalse();
			String records = field("1. Records (volume and dates)");
			String office = field("2. Office");
			String circumstances = field("3. Circumstances");
			assertThat(records).isNotBlank();
			assertThat(office).contains(this.organizations.fullTree().nameWithComponent(finding.organizationId()));
			assertThat(records + circumstances).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
			assertThat(records + office + circumstances).doesNotContainPattern(RAW_INSTANT).doesNotContain("Exception");
		}
		finally {
			this.jdbc.sql("delete from disposition_draft where id > ?").param(before).update();
		}
	}

	private String field(String label) {
		return $(TextArea.class).all()
			.stream()
			.filter((f) -> label.equals(f.getLabel()))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

}
