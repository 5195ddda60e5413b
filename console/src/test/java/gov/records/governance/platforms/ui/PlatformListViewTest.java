package gov.records.governance.platforms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import gov.records.governance.backends.SyncStatus;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.sync.CircuitBreakers;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Platforms view: health for the CIO, "Sync now" and the simulator for administrators
 * of the whole department, neither for an administrator of one component (the API refuses
 * those to it too).
 */
@SpringBootTest
class PlatformListViewTest extends SpringBrowserlessTest {

	@Autowired
	private CircuitBreakers breakers;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void anAdministratorSyncsAPlatformAndSeesItInSync() {
		navigate(PlatformListView.class);
		Grid<PlatformRow> grid = grid();
		int index = index(grid, "DCR Wickr Network");
		Button sync = (Button) test(grid).getCellComponent(index, "actions");
		assertThat(sync.getText()).isEqualTo("Sync now");
		test(sync).click();
		assertThat(test($(Notification.class).last()).getText()).startsWith("Synced");
		grid = grid();
		PlatformRow wickr = row(grid, "DCR Wickr Network");
		assertThat(wickr.health().status()).isEqualTo(SyncStatus.OK);
		assertThat(wickr.simulated()).isTrue();
		assertThat(wickr.groups()).matches("[\\d,]+");
		assertThat(find(Button.class).id("import-inventory").isVisible()).isTrue();
		assertThat(find(Button.class).id("open-simulator").isVisible()).isTrue();
		test(grid).select(index(grid, "DCR Wickr Network"));
		assertThat(find(Button.class).id("toggle-remediation").getText()).contains("remediation");
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void theRemediationDialogAsksForItsReasonAndTurnsRemediationOn() {
		navigate(PlatformListView.class);
		Grid<PlatformRow> grid = grid();
		test(grid).select(index(grid, "DCR Matrix"));
		boolean before = row(grid, "DCR Matrix").health().platform().autoRemediate();
		test(find(Button.class).id("toggle-remediation")).click();
		TextArea reason = $(TextArea.class).id("remediation-reason");
		assertThat(reason.isVisible()).isTrue();
		assertThat(reason.getParent()).isPresent();
		test($(Button.class).id("remediation-save")).click();
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).contains("reason");
		test(reason).setValue("Drift seen twice this week; push the governed settings back");
		test($(Button.class).id("remediation-save")).click();
		assertThat(row(grid(), "DCR Matrix").health().platform().autoRemediate()).isNotEqualTo(before);
	}

	@Test
	@WithMockUser(username = "cio", roles = "CIO")
	void theCioReadsHealthButCannotSync() {
		navigate(PlatformListView.class);
		assertThat($(Button.class).all()).noneMatch((b) -> b.getId().orElse("").equals("import-inventory"));
		assertThat(grid().getColumnByKey("actions")).isNull();
		PlatformRow whatsapp = row(grid(), "WhatsApp (personal devices)");
		assertThat(whatsapp.health().status()).isEqualTo(SyncStatus.NOT_CONNECTED);
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void aComponentAdministratorSeesNoPlatformWideSwitches() {
		navigate(PlatformListView.class);
		Grid<PlatformRow> grid = grid();
		assertThat(grid.getColumnByKey("actions")).isNull();
		assertThat($(Button.class).all()).noneMatch((b) -> b.getId().orElse("").startsWith("sync-"));
		assertThat($(Button.class).all())
			.noneMatch((b) -> b.getId().orElse("").equals("open-simulator") && b.isVisible());
		assertThat(find(Button.class).id("import-inventory").isVisible()).isTrue();
		test(grid).select(index(grid, "DCR Wickr Network"));
		assertThat($(Button.class).all()).noneMatch((b) -> b.getId().orElse("").equals("toggle-remediation"));
		assertThat($(Span.class).all().stream().map(Span::getText)).anyMatch((t) -> t.startsWith("Drift is"));
	}

	/**
	 * Issue 14, Found 6: a component's administrator sees its share, not the
	 * department's.
	 */
	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void aComponentAdministratorSeesItsShareOfEachPlatform() {
		navigate(PlatformListView.class);
		Grid<PlatformRow> grid = grid();
		assertThat(test(grid).getHeaderCell(4)).isEqualTo("Groups in your scope");
		long shown = grid.getListDataView()
			.getItems()
			.mapToLong((r) -> Long.parseLong(r.groups().replace(",", "")))
			.sum();
		long fecGroups = this.jdbc.sql("select count(*) from messaging_group where name like 'FEC-%'")
			.query(Long.class)
			.single();
		long allGroups = this.jdbc.sql("select count(*) from messaging_group").query(Long.class).single();
		assertThat(shown).isEqualTo(fecGroups).isLessThan(allGroups);
	}

	@Test
	@WithMockUser(username = "admin-fec", roles = "PLATFORM_ADMIN")
	void aComponentAdministratorIsDeniedTheSimulatorPage() {
		navigate("simulator", gov.records.governance.base.ui.AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(gov.records.governance.base.ui.AccessDeniedView.class);
		assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
			.noneMatch((p) -> p.getId().orElse("").equals("simulator-counters"));
	}

	@Test
	@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
	void aRecordsOfficerDoesNotOpenThePlatforms() {
		navigate("platforms", gov.records.governance.base.ui.AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(gov.records.governance.base.ui.AccessDeniedView.class);
		assertThat($(Button.class).all()).noneMatch((b) -> b.getId().orElse("").startsWith("sync-"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void theSimulatorPageShowsWhatItServed() {
		navigate(SimulatorView.class);
		assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("simulator-counters").getText())
			.startsWith("Listening at http://127.0.0.1:");
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void theCountBesideAnOpenCircuitIsTheOneThatOpenedIt() {
		navigate(PlatformListView.class);
		long id = row(grid(), "DCR Mattermost").health().platform().id();
		for (int i = 0; i < 3; i++) {
			this.breakers.failed(id, Duration.ofMillis(5), new ConnectorException(Kind.UNAVAILABLE, "push failed"));
		}
		navigate(PlatformListView.class);
		Grid<PlatformRow> grid = grid();
		test(grid).select(index(grid, "DCR Mattermost"));

		String facts = $(Span.class).all().stream().map(Span::getText).collect(Collectors.joining("|"));
		assertThat(facts)
			.contains("Backend failures in a row (syncs and pushes)|3|Backend calls|Paused after repeated failures");
		this.breakers.succeeded(id, Duration.ofMillis(1));
	}

	@SuppressWarnings("unchecked")
	private Grid<PlatformRow> grid() {
		return (Grid<PlatformRow>) find(Grid.class).id("platform-grid");
	}

	private static int index(Grid<PlatformRow> grid, String name) {
		return grid.getListDataView().getItems().map((r) -> r.health().platform().name()).toList().indexOf(name);
	}

	private static PlatformRow row(Grid<PlatformRow> grid, String name) {
		return grid.getListDataView()
			.getItems()
			.filter((r) -> r.health().platform().name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
