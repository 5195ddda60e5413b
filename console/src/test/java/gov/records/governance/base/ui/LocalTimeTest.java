package gov.records.governance.base.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import gov.records.governance.audit.ui.AuditLogView;
import gov.records.governance.dashboard.ui.DashboardView;
import gov.records.governance.reports.ui.ReportListView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * One date-time format with the zone, and the viewer's own zone beside UTC (issue 14,
 * build 6; Found 11): the zone comes from the browser's extended client details, which a
 * browserless UI is given here as a browser in New York would send them.
 */
@SpringBootTest
class LocalTimeTest extends SpringBrowserlessTest {

	@Autowired
	private AuditService audit;

	private static final String UTC_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC";

	private static final String WITH_LOCAL = UTC_TIME + " \\((\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2} E[SD]T\\)";

	@Test
	void theFormatNamesTheZoneAndPutsTheViewersTimeBesideIt() {
		Instant instant = Instant.parse("2026-12-02T05:58:25.546484Z");
		assertThat(Formats.time(instant, (ZoneId) null)).isEqualTo("2026-12-02 05:58 UTC");
		assertThat(Formats.time(instant, ZoneOffset.UTC)).isEqualTo("2026-12-02 05:58 UTC");
		assertThat(Formats.time(instant, ZoneId.of("America/New_York"))).isEqualTo("2026-12-02 05:58 UTC (00:58 EST)");
		assertThat(Formats.time(Instant.parse("2026-12-02T03:10:00Z"), ZoneId.of("America/Los_Angeles")))
			.isEqualTo("2026-12-02 03:10 UTC (2026-12-01 19:10 PST)");
		assertThat(Formats.yourTime(LocalDateTime.of(2026, 12, 2, 5, 58), ZoneId.of("America/New_York")))
			.isEqualTo("Your time: 00:58 EST");
		assertThat(Formats.yourTime(LocalDateTime.of(2026, 12, 2, 5, 58), ZoneOffset.UTC)).isNull();
		assertThat(Formats.zoneNote(instant, ZoneId.of("America/New_York")))
			.isEqualTo("Times are in UTC; your time is UTC\u221205:00 (EST)");
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theDashboardsAsOfTimeShowsTheViewersZoneBesideUtc() {
		inNewYork();
		navigate(DashboardView.class);
		assertThat(find(Span.class).id("as-of").getText()).matches("As of " + WITH_LOCAL);
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void theAuditGridsTimesShowTheViewersZoneBesideUtc() {
		this.audit.recordFor("records", "RECORDS_OFFICER", AuditEntry.of("test.local-time", "group", 1L));
		inNewYork();
		navigate(AuditLogView.class);
		Grid<?> grid = find(Grid.class).id("audit-grid");
		assertThat(test(grid).size()).isPositive();
		assertThat(test(grid).getCellText(0, 1)).matches(WITH_LOCAL);
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void aDateTimePickerWritesIsoDatesIn24HoursAndSaysTheViewersTime() {
		inNewYork();
		navigate(ReportListView.class);
		DateTimePicker asOf = find(DateTimePicker.class).id("report-as-of");
		assertThat(asOf.getDatePickerI18n().getDateFormats()).first().isEqualTo("yyyy-MM-dd");
		assertThat(asOf.getLocale()).isEqualTo(java.util.Locale.UK);
		asOf.setValue(LocalDateTime.of(2026, 12, 2, 5, 58));
		assertThat(asOf.getHelperText()).isEqualTo("Your time: 00:58 EST");
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void withoutAZoneFromTheBrowserTimesAreInUtcOnly() {
		navigate(DashboardView.class);
		assertThat(find(Span.class).id("as-of").getText()).matches("As of " + UTC_TIME);
	}

	/**
	 * Views format times only through {@link Formats}: no view builds its own formatter
	 * or prints an instant raw.
	 */
	@Test
	void noViewFormatsTimesItself() {
		noClasses().that()
			.resideInAPackage("gov.records.governance..ui..")
			.and()
			.doNotHaveFullyQualifiedName(Formats.class.getName())
			.should()
			.dependOnClassesThat()
			.areAssignableTo(DateTimeFormatter.class)
			.orShould()
			.callMethod(Instant.class, "toString")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("gov.records.governance"));
	}

	private static void inNewYork() {
		UI ui = UI.getCurrent();
		ExtendedClientDetails.updateFromValues(ui, (key) -> "v-tzid".equals(key) ? "America/New_York" : null);
	}

}
