package gov.records.governance.sync;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes the console's side of a test: an organization, platforms and governed groups
 * (with their current settings), each test with names of its own so tests never meet.
 */
@TestComponent
public class SyncTestData {

	static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final OrganizationService organizations;

	private final PlatformService platforms;

	SyncTestData(JdbcTemplate jdbc, OrganizationService organizations, PlatformService platforms) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.platforms = platforms;
	}

	/** A fresh suffix for this test's names. */
	public String unique() {
		return "t" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
	}

	public long organization(String code) {
		long id = insert("insert into organization (parent_id, code, name, kind, depth, tree_left, tree_right)"
				+ " values (null, ?, ?, 'DEPARTMENT', 0, 0, 0)", code, "Department " + code);
		this.organizations.organizationsChanged();
		return id;
	}

	public long platform(String name, PlatformKind kind, String externalId, String credentialRef) {
		return insert(
				"""
						insert into platform (name, kind, sanctioned, base_url, external_id, credential_ref, sync_interval_seconds,
						                      description, request_timeout_seconds) values (?, ?, true, ?, ?, ?, 300, null, 2)
						""",
				name, kind.name(), "http://127.0.0.1:9/unused", externalId, credentialRef);
	}

	public long group(long platform, long organization, String externalId, String name, DeletionSettings settings) {
		long id = insert("""
				insert into messaging_group (platform_id, organization_id, external_id, name, created_at, version)
				values (?, ?, ?, ?, ?, 0)
				""", platform, organization, externalId, name, Timestamp.from(T0));
		this.jdbc.update("""
				insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds, burn_on_read_seconds,
				    shredder_intensity, capture_enabled, valid_from, changed_by, reason)
				values (?, ?, ?, ?, ?, ?, ?, 'fixture', 'set up by the test')
				""", id, settings.autoDelete(), seconds(settings.maxLifetime()), seconds(settings.burnOnRead()),
				settings.shredderIntensity(), settings.captureEnabled(), Timestamp.from(T0));
		return id;
	}

	public void bind(String username, long organization) {
		this.jdbc.update("insert into console_user_scope (username, organization_id) values (?, ?)", username,
				organization);
	}

	public PlatformSummary summary(long platformId) {
		return this.platforms.all().stream().filter((p) -> p.id() == platformId).findFirst().orElseThrow();
	}

	/** A row with its column names in upper case (H2 and PostgreSQL differ). */
	public static java.util.Map<String, Object> upper(java.util.Map<String, Object> row) {
		java.util.Map<String, Object> upper = new java.util.HashMap<>();
		row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
		return upper;
	}

	private static Long seconds(java.time.Duration duration) {
		return (duration == null) ? null : duration.toSeconds();
	}

	private long insert(String sql, Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return ps;
		}, keys);
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

}
