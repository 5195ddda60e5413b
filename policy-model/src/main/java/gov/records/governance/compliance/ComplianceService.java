package gov.records.governance.compliance;

import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.capstone.Reconciliation;
import gov.records.governance.capstone.ReconciliationResult;
import gov.records.governance.compliance.rules.GroupFacts;
import gov.records.governance.compliance.rules.Rules;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the compliance engine: over everything (on a schedule, or on demand), over the
 * groups a change touched, or on a proposed change without storing anything (what the
 * guardrails use). Runs are serialised within the instance and, through the row of
 * {@code compliance_run_lock}, across every instance on the database (DD049); every run
 * is logged in {@code compliance_run}. A full run also reconciles the NA-1005 forms in
 * force with the accounts found and stores those findings (DD067).
 */
@Service
public class ComplianceService {

	private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);

	/** The width of compliance_run.trigger_kind (V7). */
	private static final int TRIGGER_KIND_LENGTH = 200;

	/** Account ids per membership query. */
	private static final int ACCOUNT_CHUNK = 500;

	private final ComplianceEngine engine;

	private final FindingStore findings;

	private final GroupService groups;

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	private final Reconciliation reconciliation;

	private final ReentrantLock runs = new ReentrantLock();

	ComplianceService(ComplianceEngine engine, FindingStore findings, GroupService groups, JdbcTemplate jdbc,
			AuditService audit, Clock clock, Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
		this.audit = audit;
		this.engine = engine;
		this.findings = findings;
		this.groups = groups;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Evaluates every group and account and brings the findings up to date. */
	@Transactional
	public RunSummary evaluateAll(String trigger) {
		return run(null, trigger, true);
	}

	/**
	 * The scheduled run that every instance asks for: evaluates everything unless a run
	 * with the same trigger started less than {@code within} ago, here or on another
	 * instance (checked under the lock, so two instances asking at once run once).
	 * @return the run, or empty when it was skipped
	 */
	@Transactional
	public Optional<RunSummary> evaluateAllUnlessRecent(String trigger, Duration within) {
		this.runs.lock();
		try {
			lockAcrossInstances();
			Timestamp last = this.jdbc.queryForObject(
					"select max(started_at) from compliance_run where trigger_kind = ?", Timestamp.class,
					kind(trigger));
			if (last != null && last.toInstant().isAfter(this.clock.instant().minus(within))) {
				return Optional.empty();
			}
			return Optional.of(run(null, trigger, true));
		}
		finally {
			this.runs.unlock();
		}
	}

	/** Evaluates the given groups only (after a change that affects them). */
	@Transactional
	public RunSummary evaluateGroups(Set<Long> groupIds, String trigger) {
		return run(Set.copyOf(groupIds), trigger, false);
	}

	/**
	 * After accounts were designated Capstone (or their designation confirmed): evaluates
	 * the groups they belong to, whose effective policy their category changes, and the
	 * reconciliation, whose counts and account rules it changes.
	 */
	@Transactional
	public RunSummary evaluateAccounts(Set<Long> accountIds, String trigger) {
		return run(groupsOf(accountIds), trigger, true);
	}

	private Set<Long> groupsOf(Set<Long> accountIds) {
		Set<Long> groupIds = new HashSet<>();
		List<Long> ids = new ArrayList<>(accountIds);
		for (int from = 0; from < ids.size(); from += ACCOUNT_CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ACCOUNT_CHUNK));
			groupIds.addAll(this.jdbc.queryForList(
					"select distinct group_id from group_membership where account_id in ("
							+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
					Long.class, chunk.toArray()));
		}
		return groupIds;
	}

	/**
	 * On demand, from the console: the same as the scheduled run, audited (who asked, and
	 * what the run opened and resolved) like every other action a person takes.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','RECORDS_OFFICER')")
	public RunSummary runNow() {
		RunSummary summary = run(null, "on demand", true);
		this.audit.record(AuditEntry.of("compliance.run", "compliance_run", "on demand")
			.withAfter(Map.of("groupsEvaluated", summary.groupsEvaluated(), "findingsOpened", summary.findingsOpened(),
					"findingsResolved", summary.findingsResolved(), "openAfter", summary.openAfter(), "tookMillis",
					summary.took().toMillis())));
		return summary;
	}

	/**
	 * The group's effective policy and the rules its current settings break; empty if not
	 * visible.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<GroupAssessment> assess(long groupId) {
		return assessWithDetails(groupId).map(AssessedGroup::assessment);
	}

	/**
	 * What the rules would say if the group had the proposed settings: nothing is stored.
	 * Empty if the group is not visible to the current user.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<GroupAssessment> preview(long groupId, DeletionSettings proposed, @Nullable String reason) {
		return compare(groupId, proposed, reason).map(ProposedAssessment::proposed);
	}

	/**
	 * The group's details and its assessment from one visibility check and one read of
	 * the details (a group's page and {@code GET /api/groups/{id}} read both); empty if
	 * not visible.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<AssessedGroup> assessWithDetails(long groupId) {
		return this.groups.details(groupId)
			.flatMap((details) -> facts(groupId).map((f) -> new AssessedGroup(details, assessment(groupId, f))));
	}

	/**
	 * {@link #assess} and {@link #preview} together, from one read of the group's facts
	 * (a change's impact compares the two); empty if not visible.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<ProposedAssessment> compare(long groupId, DeletionSettings proposed, @Nullable String reason) {
		if (this.groups.details(groupId).isEmpty()) {
			return Optional.empty();
		}
		return facts(groupId).map((f) -> new ProposedAssessment(assessment(groupId, f),
				assessment(groupId, f.withSettings(proposed, reason))));
	}

	private static GroupAssessment assessment(long groupId, GroupFacts facts) {
		return new GroupAssessment(groupId, facts.policy(), Rules.check(facts));
	}

	private Optional<GroupFacts> facts(long groupId) {
		return this.engine.facts(Set.of(groupId)).stream().findFirst();
	}

	/**
	 * The trigger as {@code compliance_run.trigger_kind} holds it (32 characters): a long
	 * one ("schedules changed: import of grs-csv-transmittal36.csv") must not fail the
	 * run.
	 */
	static String kind(String trigger) {
		return (trigger.length() <= TRIGGER_KIND_LENGTH) ? trigger
				: trigger.substring(0, TRIGGER_KIND_LENGTH - 1) + "\u2026";
	}

	/**
	 * Waits for, and holds until the transaction ends, the row every instance's runs
	 * lock: taken after the in-process lock (threads queue in the JVM) and before any
	 * audit append (the audit lock is always the later one, so the two cannot deadlock).
	 */
	private void lockAcrossInstances() {
		this.jdbc.queryForObject("select id from compliance_run_lock where id = 1 for update", Integer.class);
	}

	private RunSummary run(@Nullable Set<Long> groupIds, String trigger, boolean reconcile) {
		this.runs.lock();
		try {
			lockAcrossInstances();
			Instant started = this.clock.instant();
			long begin = System.nanoTime();
			List<GroupFacts> facts = this.engine.facts(groupIds);
			List<Violation> violations = this.engine.evaluate(facts, groupIds == null);
			Set<Long> scope = (groupIds == null) ? null : new HashSet<>(groupIds);
			FindingStore.SyncResult result = this.findings.sync(violations, scope, this.clock.instant());
			ReconciliationResult reconciled = reconcile ? this.reconciliation.refresh(this.clock.instant()) : null;
			Duration took = Duration.ofNanos(System.nanoTime() - begin);
			RunSummary summary = new RunSummary(trigger, started, took, facts.size(), result.opened(),
					result.resolved(), result.openAfter());
			this.jdbc.update(
					"""
							insert into compliance_run (trigger_kind, started_at, finished_at, groups_evaluated, findings_opened,
							                            findings_resolved, open_after) values (?, ?, ?, ?, ?, ?, ?)
							""",
					kind(trigger), Timestamp.from(started), Timestamp.from(this.clock.instant()), facts.size(),
					result.opened(), result.resolved(), result.openAfter());
			if (groupIds == null) {
				log.info("Compliance run ({}): {} groups in {} ms, {} opened, {} resolved, {} open", trigger,
						facts.size(), took.toMillis(), result.opened(), result.resolved(), result.openAfter());
			}
			if (reconciled != null) {
				log.info("Capstone reconciliation ({}): {} opened, {} resolved, {} open", trigger, reconciled.opened(),
						reconciled.resolved(), reconciled.openAfter());
			}
			return summary;
		}
		finally {
			this.runs.unlock();
		}
	}

}
