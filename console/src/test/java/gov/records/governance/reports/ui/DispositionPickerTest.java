package gov.records.governance.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.organizations.OrganizationService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The disposition form's finding pick-list is searched on the server (issue 14, build 5):
 * a lazy data provider that passes what was typed to {@link FindingService#search}, so no
 * list of every finding is loaded; a number finds that finding, words find the findings
 * that contain them, wildcards are taken literally, and nothing outside the user's scope
 * is offered.
 */
@SpringBootTest
class DispositionPickerTest extends SpringBrowserlessTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FindingService findings;

	@Autowired
	private OrganizationService organizations;

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	@SuppressWarnings("unchecked")
	void thePickListIsLazyAndSearchedOnTheServer() {
		navigate(DispositionListView.class);
		ComboBox<FindingRow> picker = find(ComboBox.class).id("disposition-finding");
		assertThat(picker.getDataProvider().isInMemory()).isFalse();
		DataProvider<FindingRow, String> provider = (DataProvider<FindingRow, String>) picker.getDataProvider();

		long id = this.jdbc.sql("select max(id) from finding").query(Long.class).single();
		assertThat(fetch(provider, "#" + id)).extracting(FindingRow::id).containsExactly(id);
		assertThat(fetch(provider, String.valueOf(id))).extracting(FindingRow::id).contains(id);

		String summary = this.jdbc.sql("select summary from finding where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String word = summary.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
		List<FindingRow> found = fetch(provider, word);
		assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(50);
		assertThat(found).allMatch((f) -> (f.summary() + " " + f.ruleTitle() + " " + f.organizationName() + " "
				+ f.platformName() + " #" + f.id())
			.toLowerCase(Locale.ROOT)
			.contains(word.toLowerCase(Locale.ROOT)));

		assertThat(fetch(provider, "%")).allMatch((f) -> f.summary().contains("%") || f.organizationName().contains("%")
				|| f.platformName().contains("%") || f.ruleTitle().contains("%"));
		assertThat(fetch(provider, "' or 1=1 --")).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void theSearchKeepsToTheUsersScope() {
		Set<Long> scope = this.organizations.currentScope().organizationIds();
		List<FindingRow> found = this.findings.search("", PageRequest.of(0, 200));
		assertThat(found).isNotEmpty().allMatch((f) -> scope.contains(f.organizationId()));
		long outside = this.jdbc.sql("select count(*) from finding").query(Long.class).single();
		assertThat(outside).isGreaterThan(found.size());
	}

	private static List<FindingRow> fetch(DataProvider<FindingRow, String> provider, String text) {
		return provider.fetch(new Query<>(0, 50, List.of(), null, text)).toList();
	}

}
