package gov.records.governance.inventory;

import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.inventory.PersonDirectory.Person;
import gov.records.governance.organizations.OrganizationScope;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.shared.TextFiles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a device inventory (CSV: device, user, app name or bundle id, last seen). The
 * whole file is checked first and refused with every problem if any row is bad; then, in
 * one transaction, each sighting of an unsanctioned messaging app by a known person in
 * the importer's scope becomes an account on that app's platform. Users the console
 * cannot match are reported and skipped. Audited; the compliance engine reruns
 * afterwards.
 */
@Service
public class DeviceInventoryService {

	/** Inventories of every device of a large department stay well under this. */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	/** A sighting older than this makes the account known but not active. */
	static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

	private static final int SAMPLE = 20;

	private final JdbcTemplate jdbc;

	private final OrganizationService organizations;

	private final AuditService audit;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeviceInventoryService(JdbcTemplate jdbc, OrganizationService organizations, AuditService audit,
			AccessService access, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public InventoryReport importFile(String fileName, byte[] content) {
		Instant now = this.clock.instant();
		List<InventoryRow> rows = InventoryCsv.read(TextFiles.utf8(content, MAX_BYTES, "device inventory"), now);
		List<InventoryRow> sightings = new ArrayList<>();
		Map<String, Instant> lastSeenOf = new HashMap<>();
		for (InventoryRow row : rows) {
			Optional<KnownApp> app = KnownApp.match(row.app());
			if (app.isPresent()) {
				sightings.add(row);
				lastSeenOf.merge(app.get() + "/" + PersonDirectory.key(row.user()), row.lastSeen(),
						(a, b) -> a.isAfter(b) ? a : b);
			}
		}
		PersonDirectory people = new PersonDirectory(this.jdbc, sightings.stream().map(InventoryRow::user).toList());
		OrganizationScope scope = this.organizations.currentScope();
		long importId = startImport(fileName, content, now, rows.size());
		InventoryWriter writer = new InventoryWriter(this.jdbc, importId, now.minus(ACTIVE_WINDOW));
		Map<String, Integer> byApp = new TreeMap<>();
		TreeSet<String> unmatched = new TreeSet<>();
		java.util.Set<String> distinct = new java.util.HashSet<>();
		int outOfScope = 0;
		int written = 0;
		for (InventoryRow row : sightings) {
			KnownApp app = KnownApp.match(row.app()).orElseThrow();
			Optional<Person> person = people.find(row.user());
			if (person.isEmpty()) {
				unmatched.add(row.user());
				continue;
			}
			if (!scope.contains(person.get().organizationId())) {
				outOfScope++;
				continue;
			}
			writer.sighting(app, person.get(), row, lastSeenOf.get(app + "/" + PersonDirectory.key(row.user())));
			if (distinct.add(app + "/" + row.device() + "/" + PersonDirectory.key(row.user()))) {
				byApp.merge(app.displayName(), 1, Integer::sum);
				written++;
			}
		}
		this.jdbc.update("""
				update device_inventory_import set sightings = ?, accounts_created = ?, users_unmatched = ? where id = ?
				""", written, writer.accountsCreated, unmatched.size(), importId);
		InventoryReport report = new InventoryReport(fileName, rows.size(), written, byApp,
				rows.size() - sightings.size(), writer.accountsCreated, writer.accountsUpdated, unmatched.size(),
				unmatched.stream().limit(SAMPLE).toList(), outOfScope);
		this.audit.record(AuditEntry.of("inventory.imported", "device_inventory_import", importId)
			.withAfter(summary(report, sha256(content))));
		this.events.publishEvent(new InventoryImported(importId, written));
		return report;
	}

	private long startImport(String fileName, byte[] content, Instant now, int rows) {
		String name = (fileName.length() > 300) ? fileName.substring(0, 300) : fileName;
		return InventoryWriter.insertReturningId(this.jdbc, """
				insert into device_inventory_import (file_name, file_sha256, imported_at, imported_by, rows_read,
				    sightings, accounts_created, users_unmatched) values (?, ?, ?, ?, ?, 0, 0, 0)
				""", name, sha256(content), Timestamp.from(now), this.access.currentUsername().orElse("system"), rows);
	}

	private static Map<String, Object> summary(InventoryReport report, String sha256) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("file", report.fileName());
		summary.put("sha256", sha256);
		summary.put("rows", report.rowsRead());
		summary.put("sightings", report.sightingsByApp());
		summary.put("accountsCreated", report.accountsCreated());
		summary.put("accountsUpdated", report.accountsUpdated());
		summary.put("usersUnmatched", report.unmatchedUsers());
		summary.put("outOfScope", report.outOfScope());
		return summary;
	}

	static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
