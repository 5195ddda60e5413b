package gov.records.governance.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import gov.records.governance.compliance.rules.RuleInfo;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.Rules;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Findings filter bar lives in the address (issue 19, build 7): a link opens the view
 * filtered, and a change to the filters is written back.
 */
@SpringBootTest
@WithMockUser(username = "cio", roles = "CIO")
class FindingListViewTest extends SpringBrowserlessTest {

	@Test
	@SuppressWarnings("unchecked")
	void theAddressSetsTheFiltersAndTheFiltersSetTheAddress() {
		FindingListView view = open(Map.of("severity", "CRITICAL", "status", "ALL"));
		Select<Severity> severity = (Select<Severity>) $(Select.class).all().get(0);
		assertThat(severity.getValue()).isEqualTo(Severity.CRITICAL);
		assertThat(view.queryParameters().getQueryString()).contains("severity=CRITICAL").contains("status=ALL");

		RuleInfo rule = Rules.ALL.get(0);
		ComboBox<RuleInfo> rules = (ComboBox<RuleInfo>) $(ComboBox.class).all()
			.stream()
			.filter((c) -> "Rule".equals(c.getLabel()))
			.findFirst()
			.orElseThrow();
		test(rules).selectItem(rule.title());

		String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
		assertThat(address).startsWith("findings?").contains("rule=" + rule.id()).contains("severity=CRITICAL");
	}

	private FindingListView open(Map<String, String> query) {
		UI.getCurrent().navigate(FindingListView.class, QueryParameters.simple(query));
		return $(FindingListView.class).single();
	}

	@Test
	void anUnknownValueInTheAddressIsIgnored() {
		FindingListView view = open(Map.of("severity", "NOPE", "platform", "999999"));
		assertThat(view.queryParameters().getQueryString()).isEmpty();
	}

}
