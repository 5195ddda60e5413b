package gov.records.governance.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's built-in backend simulator ({@code governance.simulator.*}): whether it runs
 * (on in the default profile, never in {@code prod}), its loopback port (0: any free
 * port), and every how many groups one starts out changed directly in the backend, so the
 * demo shows drift (0: none), and whether a simulated capture bot reports to the
 * console's capture endpoint over HTTP (as the real data-retention bot would).
 */
@ConfigurationProperties("governance.simulator")
public record SimulatorProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0") int port,
		@DefaultValue("40") int driftEvery, @DefaultValue("true") boolean captureBot) {

}
