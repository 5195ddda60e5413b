package gov.records.governance.demo;

import gov.records.governance.demo.DemoDataGenerator.DemoGroup;
import gov.records.governance.groups.RoleCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The records side of the demo: the GRS items an agency meets first (from
 * {@code domain.md}; the ones marked there for checking against NARA's published GRS
 * carry the "verify against NARA" flag), their assignments to role categories, an
 * organization and a few groups, and one FOIA hold.
 */
@Component
class DemoRecordsWriter {

	private static final Instant ASSIGNED = Instant.parse("2024-02-01T15:00:00Z");

	void write(BatchInserts inserts, DemoOrganizations orgs, List<DemoGroup> groups) {
		inserts.insert("insert into records_schedule (id, code, title, kind, description) values (?, ?, ?, ?, ?)",
				List.of(new Object[] { 1L, "GRS 6.1",
						"Email and Other Electronic Messages Managed under a Capstone Approach", "GRS",
						"Since 2023 also covers texts, chats and instant messages." },
						new Object[] { 2L, "GRS 5.2", "Transitory and Intermediary Records", "GRS", null },
						new Object[] { 3L, "GRS 4.2", "Information Access and Protection Records", "GRS", null }));
		inserts.insert("""
				insert into schedule_item (id, schedule_id, item_number, authority, title, disposition, min_retention,
				    cutoff_rule, scope_text, effective_from, effective_to, superseded_by_id, verify_against_nara)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?)
				""", items());
		List<Object[]> assignments = new ArrayList<>();
		long id = 1;
		for (RoleCategory category : RoleCategory.values()) {
			long item = category.isCapstone() ? 1 : (category == RoleCategory.GENERAL) ? 2 : 3;
			assignments.add(new Object[] { id++, item, "ROLE_CATEGORY", null, null, category.name(),
					BatchInserts.utc(ASSIGNED), "records" });
		}
		assignments.add(new Object[] { id++, 4L, "ORGANIZATION", null, orgs.idOf("FEC-OPS"), null,
				BatchInserts.utc(ASSIGNED), "records" });
		for (DemoGroup group : groups.subList(0, 5)) {
			assignments
				.add(new Object[] { id++, 4L, "GROUP", group.id(), null, null, BatchInserts.utc(ASSIGNED), "records" });
		}
		inserts.insert("""
				insert into schedule_assignment (id, schedule_item_id, target_kind, group_id, organization_id,
				    role_category, assigned_at, assigned_by) values (?, ?, ?, ?, ?, ?, ?, ?)
				""", assignments);
		inserts.insert("""
				insert into legal_hold (id, kind, case_reference, title, description, started_at, released_at,
				    release_reason, placed_by, released_by) values (?, ?, ?, ?, ?, ?, null, null, ?, null)
				""",
				List.<Object[]>of(
						new Object[] { 1L, "FOIA", "FOIA-2026-0147", "Records about the secure messaging pilot",
								"FOIA request from a watchdog for records about the deployment of the messaging app.",
								BatchInserts.utc(Instant.parse("2026-03-02T14:00:00Z")), "records" }));
		inserts.insert("""
				insert into legal_hold_scope (id, hold_id, scope_kind, account_id, group_id, organization_id)
				values (?, 1, ?, ?, ?, ?)
				""",
				List.of(new Object[] { 1L, "ORGANIZATION", null, null, orgs.idOf("OS-OPS") },
						new Object[] { 2L, "GROUP", null, groups.get(0).id(), null },
						new Object[] { 3L, "GROUP", null, groups.get(1).id(), null },
						new Object[] { 4L, "ACCOUNT", 1L, null, null }));
	}

	private static List<Object[]> items() {
		LocalDate grs61 = LocalDate.of(2023, 1, 1);
		LocalDate grs52 = LocalDate.of(2022, 12, 1);
		LocalDate grs42 = LocalDate.of(2019, 1, 1);
		return List.of(
				item(1, 1, "010", "DAA-GRS-2014-0001-0001", "Messages of Capstone officials", "PERMANENT", null,
						"Cut off annually; transfer to NARA 15-30 years after cutoff",
						"Agency heads, deputies, principal assistants, CIO/CFO level, directors of significant program "
								+ "offices, regional heads, General Counsel, Inspector General, other senior officials",
						grs61),
				item(2, 1, "011", "DAA-GRS-2014-0001-0002", "Messages of all other roles", "TEMPORARY", "P7Y",
						"Cut off annually", "Everyone not in items 010 or 012; supervisors always here", grs61),
				item(3, 1, "012", "DAA-GRS-2014-0001-0003", "Messages of routine administrative and support roles",
						"TEMPORARY", "P3Y", "Cut off annually", "Routine administrative and support roles", grs61),
				item(4, 2, "010", "DAA-GRS-2022-0009-0001", "Transitory records", "TEMPORARY", null,
						"Destroy when no longer needed", "Records needed generally under 180 days", grs52),
				item(5, 2, "020", "DAA-GRS-2022-0009-0002", "Intermediary records", "TEMPORARY", null,
						"Destroy after the final record is verified", "Drafts and copies that feed a final record",
						grs52),
				item(6, 3, "020", null, "FOIA request case files", "TEMPORARY", "P6Y", "6 years after final action",
						"Requests, responses and appeals; a pending request freezes disposal of responsive messages",
						grs42));
	}

	private static Object[] item(long id, long schedule, String number, String authority, String title,
			String disposition, String minRetention, String cutoff, String scope, LocalDate from) {
		return new Object[] { id, schedule, number, authority, title, disposition, minRetention, cutoff, scope, from,
				true };
	}

}
