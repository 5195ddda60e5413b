package gov.records.governance.inventory;

import gov.records.governance.inventory.PersonDirectory.Person;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes what one import found, inside the caller's transaction: the apps' unsanctioned
 * platforms (created on first sight), an account per person and app (not official; active
 * when seen recently), and one sighting per device, user and app (its last-seen time only
 * moves forward, so importing the same file again changes nothing).
 */
final class InventoryWriter {

	private final JdbcTemplate jdbc;

	private final long importId;

	private final Instant activeSince;

	private final Map<KnownApp, Long> platforms = new HashMap<>();

	private final Map<String, Long> accounts = new HashMap<>();

	int accountsCreated;

	int accountsUpdated;

	/** Runs an insert and returns the id the database generated for the row. */
	static long insertReturningId(JdbcTemplate jdbc, String sql, Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return ps;
		}, keys);
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	InventoryWriter(JdbcTemplate jdbc, long importId, Instant activeSince) {
		this.jdbc = jdbc;
		this.importId = importId;
		this.activeSince = activeSince;
	}

	/** One sighting of a known app for a known person. */
	void sighting(KnownApp app, Person person, InventoryRow row, Instant lastSeenOfUser) {
		long platform = platform(app);
		long account = account(platform, person, row.user(), lastSeenOfUser);
		int updated = this.jdbc.update("""
				update app_sighting set import_id = ?, account_id = ?, app = ?,
				    last_seen = case when last_seen < ? then ? else last_seen end
				where platform_id = ? and device = ? and device_user = ?
				""", this.importId, account, row.app(), Timestamp.from(row.lastSeen()), Timestamp.from(row.lastSeen()),
				platform, row.device(), row.user());
		if (updated == 0) {
			this.jdbc.update("""
					insert into app_sighting (import_id, platform_id, account_id, device, device_user, app, last_seen)
					values (?, ?, ?, ?, ?, ?, ?)
					""", this.importId, platform, account, row.device(), row.user(), row.app(),
					Timestamp.from(row.lastSeen()));
		}
	}

	private long platform(KnownApp app) {
		return this.platforms.computeIfAbsent(app, (known) -> {
			List<Long> found = this.jdbc.queryForList("""
					select id from platform where kind = 'OTHER' and sanctioned = false and lower(name) like ?
					order by id
					""", Long.class, known.displayName().toLowerCase(Locale.ROOT) + "%");
			if (!found.isEmpty()) {
				return found.get(0);
			}
			return insertReturningId(this.jdbc, """
					insert into platform (name, kind, sanctioned, sync_interval_seconds, description)
					values (?, 'OTHER', false, 0, ?)
					""", known.platformName(), "Not sanctioned. Found in device inventories; copies of business "
					+ "messages must reach an official account within 20 days.");
		});
	}

	private long account(long platform, Person person, String user, Instant lastSeen) {
		String key = platform + "/" + PersonDirectory.key(user);
		Long known = this.accounts.get(key);
		if (known != null) {
			return known;
		}
		String status = lastSeen.isBefore(this.activeSince) ? "SUSPENDED" : "ACTIVE";
		List<Map<String, Object>> existing = this.jdbc.queryForList(
				"select id, status from account where platform_id = ? and lower(external_id) = ?", platform,
				PersonDirectory.key(user));
		long id;
		if (existing.isEmpty()) {
			id = insertReturningId(this.jdbc, """
					insert into account (platform_id, organization_id, external_id, display_name, position_title,
					                     role_category, official, status) values (?, ?, ?, ?, ?, ?, false, ?)
					""", platform, person.organizationId(), user.strip(), person.displayName(), person.positionTitle(),
					person.roleCategory(), status);
			this.accountsCreated++;
		}
		else {
			id = ((Number) existing.get(0).get("id")).longValue();
			if (!Objects.equals(existing.get(0).get("status"), status)) {
				this.jdbc.update("update account set status = ? where id = ?", status, id);
				this.accountsUpdated++;
			}
		}
		this.accounts.put(key, id);
		return id;
	}

}
