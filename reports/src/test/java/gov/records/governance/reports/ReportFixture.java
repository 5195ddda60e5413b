package gov.records.governance.reports;

import gov.records.governance.access.AccessService;
import gov.records.governance.organizations.OrganizationService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes a small department straight into the tables, with a unique prefix so that tests
 * sharing one database never see each other's rows through their scopes.
 */
@TestComponent
public class ReportFixture {

	public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

	private final JdbcTemplate jdbc;

	private final OrganizationService organizations;

	private final AccessService access;

	String prefix = next();

	ReportFixture(JdbcTemplate jdbc, OrganizationService organizations, AccessService access) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.access = access;
	}

	/** Starts a new department: new names, invisible to the others. */
	public void renew() {
		this.prefix = next();
	}

	private static String next() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	public long organization(@Nullable Long parent, String code, String kind, int depth) {
		long id = insert("insert into organization (parent_id, code, name, kind, depth, tree_left, tree_right)"
				+ " values (?, ?, ?, ?, ?, 0, 0)", parent, this.prefix + code, "Org " + code, kind, depth);
		this.organizations.organizationsChanged();
		return id;
	}

	public long platform(String name) {
		return insert(
				"insert into platform (name, kind, sanctioned, sync_interval_seconds) values (?, 'WICKR', true, 300)",
				this.prefix + name);
	}

	/** A group created at {@link #T0} with settings valid from then. */
	public long group(long platform, long organization, String name, boolean autoDelete, @Nullable Long lifetime,
			boolean capture) {
		long id = insert(
				"insert into messaging_group (platform_id, organization_id, external_id, name, created_at, version)"
						+ " values (?, ?, ?, ?, ?, 0)",
				platform, organization, "ext-" + name, name, Timestamp.from(T0));
		version(id, autoDelete, lifetime, capture, T0, "initial");
		return id;
	}

	/** Closes the group's current settings at {@code at} and appends new ones. */
	public void change(long group, boolean autoDelete, @Nullable Long lifetime, boolean capture, Instant at,
			String reason) {
		this.jdbc.update("update deletion_policy_version set valid_to = ? where group_id = ? and valid_to is null",
				Timestamp.from(at), group);
		version(group, autoDelete, lifetime, capture, at, reason);
	}

	private void version(long group, boolean autoDelete, @Nullable Long lifetime, boolean capture, Instant at,
			String reason) {
		this.jdbc.update("""
				insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds, shredder_intensity,
				    capture_enabled, valid_from, changed_by, reason)
				values (?, ?, ?, 0, ?, ?, 'fixture', ?)
				""", group, autoDelete, lifetime, capture, Timestamp.from(at), reason);
	}

	public long finding(long organization, long platform, long group, String rule, String severity, Instant firstSeen,
			@Nullable Instant resolvedAt) {
		Instant lastSeen = (resolvedAt != null) ? resolvedAt : Instant.now();
		return insert(
				"""
						insert into finding (rule_id, severity, subject_type, subject_id, organization_id, platform_id, group_id,
						    summary, first_seen, last_seen, resolved_at)
						values (?, ?, 'GROUP', ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rule, severity, group, organization, platform, group, "Group " + group + " breaks " + rule,
				Timestamp.from(firstSeen), Timestamp.from(lastSeen),
				(resolvedAt != null) ? Timestamp.from(resolvedAt) : null);
	}

	public void bind(String username, long organization) {
		this.access.bind(username, organization);
	}

	public String user(String name) {
		return this.prefix + "-" + name;
	}

	private long insert(String sql, @Nullable Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKeyAs(Number.class).longValue();
	}

}
