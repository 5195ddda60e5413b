package gov.records.governance.demo;

import gov.records.governance.access.AccessService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.security.DemoUsersProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On start, outside {@code prod}: fills an empty database with the demo department (kept
 * on later starts) and binds the demo users to their organizations.
 */
@Component
@Profile("!prod")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataProperties properties;

	private final DemoUsersProperties users;

	private final DemoDataGenerator generator;

	private final AccessService access;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final OrganizationService organizations;

	DemoDataLoader(DemoDataProperties properties, DemoUsersProperties users, DemoDataGenerator generator,
			AccessService access, JdbcTemplate jdbc, ApplicationEventPublisher events,
			OrganizationService organizations) {
		this.organizations = organizations;
		this.properties = properties;
		this.users = users;
		this.generator = generator;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from organization", Integer.class);
		if (existing != null && existing == 0) {
			long start = System.nanoTime();
			this.generator.generate(this.properties.size());
			this.organizations.organizationsChanged();
			seedCaptureHealth();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			log.info("Loaded the {} demo data set in {} ms", this.properties.size().name().toLowerCase(Locale.ROOT),
					took.toMillis());
			this.events.publishEvent(new DemoDataLoaded(this.properties.size(), took));
		}
		bindDemoUsers();
	}

	/**
	 * Capture reports as of now: the Wickr data-retention bot and Mattermost's compliance
	 * export have just reported; the Matrix homeserver has no capture, so it never
	 * reports.
	 */
	private void seedCaptureHealth() {
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		this.jdbc.update("insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)"
				+ " values (1, ?, 1200, 1200, 0, true), (2, ?, 300, 300, 0, true)", now, now);
	}

	private void bindDemoUsers() {
		Map<String, Long> ids = Map.copyOf(this.jdbc.query("select code, id from organization", (rs) -> {
			Map<String, Long> map = new java.util.HashMap<>();
			while (rs.next()) {
				map.put(rs.getString(1), rs.getLong(2));
			}
			return map;
		}));
		for (DemoUsersProperties.DemoUser user : this.users.users()) {
			Long org = ids.get(user.organizationCode());
			if (org != null) {
				this.access.bind(user.username(), org);
			}
		}
	}

}
