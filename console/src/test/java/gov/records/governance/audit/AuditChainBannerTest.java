package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import gov.records.governance.audit.ui.AuditChainBanner;
import gov.records.governance.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * While the audit chain is broken, every role that reads the audit log sees a banner
 * saying where; the others are not told (issue 19, build 5).
 */
@SpringBootTest
class AuditChainBannerTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditService audit;

	@Autowired
	AuditChainMonitor monitor;

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void anInspectorSeesTheBannerOnEveryPageWhileTheChainIsBroken() {
		navigate(DashboardView.class);
		assertThat(shown()).isFalse();
		try (BrokenChain broken = new BrokenChain(this.jdbc, this.audit, this.monitor)) {
			this.monitor.check();
			navigate(DashboardView.class);
			assertThat(shown()).isTrue();
			assertThat(banner().getElement().getTextRecursively()).contains("broken at event #" + broken.deleted)
				.contains("signs no checkpoint");
		}
		navigate(DashboardView.class);
		assertThat(shown()).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "PLATFORM_ADMIN")
	void anAdministratorWhoCannotReadTheLogSeesNoBanner() {
		try (BrokenChain broken = new BrokenChain(this.jdbc, this.audit, this.monitor)) {
			this.monitor.check();
			navigate(DashboardView.class);
			assertThat(shown()).isFalse();
		}
	}

	/** Whether the banner is visible (queries see visible components only). */
	private boolean shown() {
		return !$(AuditChainBanner.class).all().isEmpty();
	}

	private AuditChainBanner banner() {
		return $(AuditChainBanner.class).single();
	}

}
