package gov.records.governance.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the dashboard's figures for one organization scope are shown again before they
 * are counted anew ({@code governance.dashboard.figures-max-age}, 30 s; zero counts on
 * every view). Older figures are still shown, for up to five max ages, while the new
 * count runs in the background (DD077). The page says when they were counted (DD075).
 */
@ConfigurationProperties("governance.dashboard")
public record DashboardProperties(@DefaultValue("30s") Duration figuresMaxAge) {

	public DashboardProperties {
		if (figuresMaxAge.isNegative()) {
			throw new IllegalArgumentException("governance.dashboard.figures-max-age must not be negative");
		}
	}

}
