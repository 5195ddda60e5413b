package gov.records.governance.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.domain.LegalHold;
import gov.records.governance.holds.domain.LegalHoldScope;
import gov.records.governance.holds.domain.LegalHolds;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.Disposition;
import gov.records.governance.schedules.ScheduleKind;
import gov.records.governance.schedules.domain.RecordsSchedule;
import gov.records.governance.schedules.domain.RecordsSchedules;
import gov.records.governance.schedules.domain.ScheduleAssignment;
import gov.records.governance.schedules.domain.ScheduleAssignments;
import gov.records.governance.schedules.domain.ScheduleItem;
import gov.records.governance.schedules.domain.ScheduleItems;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules the schema itself enforces, identical on every database: one target per
 * assignment or hold scope entry, no release before a hold's start, no zero or negative
 * lifetime, unique external ids per platform. Subclasses run it on H2 and PostgreSQL.
 */
@Import(ModelFixture.class)
@Transactional
abstract class SchemaContract {

	@Autowired
	ModelFixture fixture;

	@Autowired
	RecordsSchedules schedules;

	@Autowired
	ScheduleItems items;

	@Autowired
	ScheduleAssignments assignments;

	@Autowired
	LegalHolds holds;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void schedulesItemsAndAssignmentsRoundTrip() {
		long schedule = Objects.requireNonNull(
				this.schedules.save(new RecordsSchedule("GRS 6.1", "Capstone", ScheduleKind.GRS, null)).getId());
		ScheduleItem item = this.items.save(new ScheduleItem(schedule, "011", "DAA-GRS-2014-0001-0002", "Others",
				Disposition.TEMPORARY, "P7Y", "annually", null, LocalDate.of(2023, 1, 1), true));
		long org = this.fixture.organization(null, "D", OrganizationKind.DEPARTMENT);
		this.assignments.saveAndFlush(ScheduleAssignment.toRoleCategory(Objects.requireNonNull(item.getId()),
				RoleCategory.GENERAL, ModelFixture.T0, "records"));
		this.assignments.saveAndFlush(ScheduleAssignment.toOrganization(item.getId(), org, ModelFixture.T0, "records"));
		assertThat(this.items.findByScheduleIdOrderByItemNumberAsc(schedule)).extracting(ScheduleItem::getMinRetention)
			.containsExactly("P7Y");
		assertThat(this.assignments.findByOrganizationIdIn(List.of(org))).hasSize(1);
	}

	@Test
	void anAssignmentWithTwoTargetsIsRefused() {
		long org = this.fixture.organization(null, "D", OrganizationKind.DEPARTMENT);
		long schedule = Objects.requireNonNull(
				this.schedules.save(new RecordsSchedule("GRS 5.2", "Transitory", ScheduleKind.GRS, null)).getId());
		long item = Objects
			.requireNonNull(this.items
				.saveAndFlush(new ScheduleItem(schedule, "010", null, "Transitory", Disposition.TEMPORARY, null, null,
						null, LocalDate.of(2022, 12, 1), true))
				.getId());
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into schedule_assignment (schedule_item_id, target_kind, organization_id, role_category,
				                                 assigned_at, assigned_by)
				values (?, 'ORGANIZATION', ?, 'GENERAL', current_timestamp, 'x')""", item, org))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void holdsKeepTheirScopeAndRefuseAReleaseBeforeTheStart() {
		long org = this.fixture.organization(null, "D", OrganizationKind.DEPARTMENT);
		LegalHold hold = this.holds.saveAndFlush(new LegalHold(HoldKind.FOIA, "FOIA-2026-0001", "Request", null,
				ModelFixture.T0, "records", List.of(LegalHoldScope.organization(org))));
		assertThat(this.holds.findByCaseReference("FOIA-2026-0001").orElseThrow().getScope()).hasSize(1);
		assertThat(hold.isActiveAt(ModelFixture.T0)).isTrue();
		assertThatThrownBy(() -> this.jdbc.update("update legal_hold set released_at = ? where id = ?",
				java.sql.Timestamp.from(ModelFixture.T0.minusSeconds(60)), hold.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aZeroLifetimeIsRefused() {
		long org = this.fixture.organization(null, "D", OrganizationKind.DEPARTMENT);
		long platform = this.fixture.platform("Wickr", PlatformKind.WICKR);
		long group = this.fixture.group(platform, org, "G", ModelFixture.kept());
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds, shredder_intensity,
				    capture_enabled, valid_from, changed_by) values (?, true, 0, 0, false, current_timestamp, 'x')""",
				group))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aDuplicateExternalIdOnOnePlatformIsRefused() {
		long org = this.fixture.organization(null, "D", OrganizationKind.DEPARTMENT);
		long platform = this.fixture.platform("Wickr", PlatformKind.WICKR);
		this.fixture.group(platform, org, "G", ModelFixture.kept());
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into messaging_group (platform_id, organization_id, external_id, name, created_at, version)
				values (?, ?, 'ext-G', 'copy', current_timestamp, 0)""", platform, org))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
