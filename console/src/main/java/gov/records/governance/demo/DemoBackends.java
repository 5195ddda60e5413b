package gov.records.governance.demo;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.DeletionSettingsRow;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.sync.PlatformConnections;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts the built-in backend simulator for the demo (DD013): a real HTTP server on
 * loopback serving the demo's Wickr network, Mattermost server, Matrix homeserver and
 * Slack grid, seeded from the database (every group with its governed settings as the
 * platform holds them, and its accounts by status), with credentials made up at start-up.
 * The demo platforms are pointed at it, so the console syncs live status from its first
 * minute. Every {@code driftEvery}-th group starts out changed directly in the backend.
 */
@Component
@Order(10)
class DemoBackends implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoBackends.class);

	private final SimulatorProperties properties;

	private final JdbcTemplate jdbc;

	private final PlatformConnections connections;

	private volatile @Nullable BackendSimulator simulator;

	DemoBackends(SimulatorProperties properties, JdbcTemplate jdbc, PlatformConnections connections) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.connections = connections;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled()) {
			return;
		}
		List<Platform> platforms = this.jdbc.query(
				"select id, kind, external_id, name from platform where kind <> 'OTHER' and external_id is not null"
						+ " order by id",
				(rs, n) -> new Platform(rs.getLong(1), PlatformKind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4)));
		if (platforms.isEmpty()) {
			return;
		}
		SecureRandom random = new SecureRandom();
		BackendSimulator.Builder builder = BackendSimulator.builder()
			.port(this.properties.port())
			.awsCredentials("AKIA" + HexFormat.of().withUpperCase().formatHex(random.generateSeed(8)),
					HexFormat.of().formatHex(random.generateSeed(20)), "us-east-1")
			.bearerToken(HexFormat.of().formatHex(random.generateSeed(24)));
		for (Platform p : platforms) {
			switch (p.kind()) {
				case WICKR -> builder.wickrNetwork(p.externalId(), p.name(), true);
				case MATRIX -> builder.matrixServerName(p.externalId());
				case SLACK ->
					builder.slackOrg(p.externalId(), "xoxp-" + HexFormat.of().formatHex(random.generateSeed(24)),
							this.jdbc.queryForObject("select default_retention_days from platform where id = ?",
									Integer.class, p.id()));
				default -> {
				}
			}
		}
		int seeded = seed(builder, platforms);
		BackendSimulator started = builder.build().start();
		for (Platform p : platforms) {
			this.connections.override(p.id(), started.connectionSettings(p.kind()));
		}
		this.simulator = started;
		int drifted = drift(started);
		log.info("Backend simulator serving {} demo groups at {} ({} changed directly in the backend)", seeded,
				started.baseUri(), drifted);
	}

	/** The running simulator, for its admin page and endpoint. */
	Optional<BackendSimulator> simulator() {
		return Optional.ofNullable(this.simulator);
	}

	@Override
	public void destroy() {
		BackendSimulator running = this.simulator;
		if (running != null) {
			running.stop();
		}
	}

	private int seed(BackendSimulator.Builder builder, List<Platform> platforms) {
		int[] count = { 0 };
		for (Platform p : platforms) {
			this.jdbc.query("""
					select g.external_id, g.name, v.auto_delete, v.max_lifetime_seconds, v.burn_on_read_seconds,
					       v.shredder_intensity, v.capture_enabled,
					       sum(case when a.status = 'ACTIVE' then 1 else 0 end),
					       sum(case when a.status = 'PENDING' then 1 else 0 end),
					       sum(case when a.status = 'SUSPENDED' then 1 else 0 end)
					from messaging_group g
					join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
					left join group_membership m on m.group_id = g.id
					left join account a on a.id = m.account_id
					where g.platform_id = ?
					group by g.id, g.external_id, g.name, v.auto_delete, v.max_lifetime_seconds, v.burn_on_read_seconds,
					         v.shredder_intensity, v.capture_enabled
					order by g.id
					""", (rs) -> {
				DeletionSettings governed = DeletionSettingsRow.read(rs, 3);
				builder.group(p.kind(), rs.getString(1), rs.getString(2), PlatformControls.pushed(p.kind(), governed),
						new AccountCounts(rs.getLong(8), rs.getLong(9), rs.getLong(10)));
				count[0]++;
			}, p.id());
		}
		return count[0];
	}

	/** "Someone changed it in the backend": every n-th group of each platform. */
	private int drift(BackendSimulator started) {
		if (this.properties.driftEvery() <= 0) {
			return 0;
		}
		List<Object[]> groups = this.jdbc.query("""
				select p.kind, g.external_id from messaging_group g join platform p on p.id = g.platform_id
				where p.kind <> 'OTHER' and mod(g.id, ?) = 0 order by g.id
				""", (rs, n) -> new Object[] { PlatformKind.valueOf(rs.getString(1)), rs.getString(2) },
				this.properties.driftEvery());
		int changed = 0;
		for (Object[] group : groups) {
			PlatformKind kind = (PlatformKind) group[0];
			DeletionSettings oneDay = new DeletionSettings(true, Duration.ofDays(1), null, 0,
					kind == PlatformKind.WICKR);
			if (started.changeDirectly(kind, (String) group[1], oneDay)) {
				changed++;
			}
		}
		return changed;
	}

	private record Platform(long id, PlatformKind kind, String externalId, String name) {
	}

}
