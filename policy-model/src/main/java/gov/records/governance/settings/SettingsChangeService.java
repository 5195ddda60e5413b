package gov.records.governance.settings;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.settings.domain.ChangeRequest;
import gov.records.governance.settings.domain.ChangeRequests;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes deletion settings under governance. Platform administrators preview and submit
 * changes (one group, or every group matching a filter in one operation) within their
 * organizations; a change that would open a critical finding is refused, one that loosens
 * retention where the schedules require more waits for a records officer, anything else
 * applies at once; one that would let messages under an active legal hold be deleted
 * sooner is refused, at submission and at approval alike ({@link HoldFreeze}); so is one
 * the group's platform could not hold ({@link PlatformCapabilities}, DD043). A refusal is
 * itself audited, with the rules and the values attempted. An applied change is a new
 * policy version plus an outbox row for the backend, written together, and audited.
 */
@Service
@Transactional(readOnly = true)
public class SettingsChangeService {

	private static final String ADMIN = "hasRole('PLATFORM_ADMIN')";

	private static final String OFFICER = "hasRole('RECORDS_OFFICER')";

	private final GroupService groups;

	private final ChangeImpact impact;

	private final BulkImpact bulkImpact;

	private final PolicyVersionWriter writer;

	private final ChangeRequests requests;

	private final AuditService audit;

	private final AccessService access;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SettingsChangeService(GroupService groups, ChangeImpact impact, BulkImpact bulkImpact, PolicyVersionWriter writer,
			ChangeRequests requests, AuditService audit, AccessService access, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.impact = impact;
		this.bulkImpact = bulkImpact;
		this.writer = writer;
		this.requests = requests;
		this.audit = audit;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What the change would do; nothing is written. */
	@PreAuthorize(ADMIN)
	public ImpactPreview preview(SettingsChange change) {
		GroupDetails group = visible(change.groupId());
		validate(group, change.settings(), change.reason());
		return this.impact.of(group, SettingsValidator.normalized(change.settings()), change.reason());
	}

	/**
	 * Applies the change, queues it for approval, or refuses it; see the class comment.
	 */
	@Transactional(noRollbackFor = GuardrailException.class)
	@PreAuthorize(ADMIN)
	public ChangeOutcome submit(SettingsChange change) {
		GroupDetails group = visible(change.groupId());
		validate(group, change.settings(), change.reason());
		// A stale version is answered first: an editor whose view is out of date must
		// reload, even when
		// someone else has meanwhile put the very settings they propose in force (409,
		// not 400).
		if (group.version() != change.expectedVersion()) {
			throw new gov.records.governance.shared.StaleEditException("Group " + group.group().name());
		}
		DeletionSettings proposed = SettingsValidator.normalized(change.settings());
		if (proposed.equals(group.group().settings())) {
			throw new ValidationException("These are already the settings in force on " + group.group().name() + ".");
		}
		ImpactPreview preview = this.impact.of(group, proposed, change.reason());
		return switch (preview.outcome()) {
			case REFUSED -> throw refused(group, proposed, change.reason(), preview, null);
			case PENDING_APPROVAL -> queue(group, change, proposed, preview);
			case APPLIED -> {
				long version = apply(group.group().id(), change.expectedVersion(), group.group().settings(), proposed,
						Objects.requireNonNull(change.reason()).strip(), null, null);
				KillPoint.reach("change.saved");
				yield new ChangeOutcome(group.group().id(), ChangeStatus.APPLIED, version, null, "Applied to "
						+ group.group().name() + "; it is being pushed to " + group.group().platformName() + ".");
			}
		};
	}

	/**
	 * What one change would do to every group matching the filter (see
	 * {@link BulkPreview}); nothing is written. The bulk change checks exactly the same.
	 */
	@PreAuthorize(ADMIN)
	public BulkPreview previewBulk(GroupFilter filter, DeletionSettings settings, String reason) {
		return BulkImpact.summary(this.bulkImpact.assess(filter, settings, reason));
	}

	/**
	 * One change for every group matching the filter, in one operation: checked for every
	 * group first; if any would open a critical finding nothing is written; otherwise
	 * each group is applied or queued for approval (groups already at these settings are
	 * left alone).
	 */
	@Transactional(noRollbackFor = BulkRefusedException.class)
	@PreAuthorize(ADMIN)
	public BulkOutcome bulk(GroupFilter filter, DeletionSettings settings, String reason) {
		BulkImpact.Assessment assessed = this.bulkImpact.assess(filter, settings, reason);
		List<Problem> refused = assessed.refused()
			.stream()
			.map((p) -> new Problem(0, p.groupName(), p.explanation()))
			.toList();
		if (!refused.isEmpty()) {
			Map<String, Object> attempted = new TreeMap<>();
			attempted.put("attempted", state(assessed.proposed()));
			attempted.put("refusedGroups", assessed.refused().stream().map(ImpactPreview::groupName).toList());
			attempted.put("rules", assessed.refused().stream().flatMap((p) -> ruleIds(p).stream()).distinct().toList());
			this.audit.record(AuditEntry.of("settings.bulk.refused", "group_filter", filter.auditTarget())
				.withAfter(attempted)
				.withReason(blankToNull(reason)));
			throw new BulkRefusedException(refused);
		}
		DeletionSettings proposed = assessed.proposed();
		List<ChangeOutcome> outcomes = new ArrayList<>();
		for (ImpactPreview preview : assessed.previews()) {
			GroupDetails group = visible(preview.groupId());
			SettingsChange change = new SettingsChange(group.group().id(), group.version(), proposed, reason);
			outcomes.add((preview.outcome() == ChangeStatus.PENDING_APPROVAL) ? queue(group, change, proposed, preview)
					: new ChangeOutcome(group.group().id(), ChangeStatus.APPLIED, apply(group.group().id(),
							group.version(), group.group().settings(), proposed, reason.strip(), null, null), null,
							"Applied"));
		}
		long applied = outcomes.stream().filter((o) -> o.status() == ChangeStatus.APPLIED).count();
		this.audit.record(AuditEntry.of("settings.bulk", "group_filter", filter.auditTarget())
			.withAfter(Map.of("settings", proposed.summary(), "applied", applied, "pending", outcomes.size() - applied))
			.withReason(reason.strip()));
		return new BulkOutcome((int) applied, (int) (outcomes.size() - applied), assessed.unchanged(), outcomes);
	}

	/**
	 * Changes waiting for a records officer, oldest first, in the current user's
	 * organizations.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<ChangeRequestRow> pending() {
		return this.requests.findByStatusOrderByRequestedAtAsc("PENDING")
			.stream()
			.flatMap((r) -> row(r).stream())
			.toList();
	}

	/**
	 * The changes that were waiting for a records officer at a past moment, oldest first,
	 * in the current user's organizations, each with the settings then in force as its
	 * "now" (issue 14, build 4; DD080).
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<ChangeRequestRow> pendingAt(Instant at) {
		return this.requests.findPendingAt(at).stream().flatMap((r) -> row(r).stream()).map((row) -> {
			DeletionSettings then = this.groups.settingsAt(row.groupId(), at)
				.map(PolicyVersionRow::settings)
				.orElse(row.current());
			return new ChangeRequestRow(row.id(), row.groupId(), row.groupName(), row.organizationName(), then,
					row.proposed(), row.reason(), row.requestedBy(), row.requestedAt(), "PENDING", null, null, null);
		}).toList();
	}

	/** Every request ever made for the group, newest first. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<ChangeRequestRow> requestsFor(long groupId) {
		return this.requests.findByGroupIdOrderByRequestedAtDesc(groupId)
			.stream()
			.flatMap((r) -> row(r).stream())
			.toList();
	}

	/**
	 * Approves a waiting change: never one's own, only within one's organizations, only
	 * while the group is still as it was when the change was requested, and only if it
	 * still opens no critical finding.
	 */
	@Transactional(noRollbackFor = GuardrailException.class)
	@PreAuthorize(OFFICER)
	public ChangeOutcome approve(long requestId, String comment) {
		ChangeRequest request = pendingRequest(requestId);
		GroupDetails group = visible(request.getGroupId());
		String me = this.access.currentUsername().orElseThrow();
		if (me.equals(request.getRequestedBy())) {
			throw new ValidationException("Nobody approves their own request: ask another records officer.");
		}
		if (group.version() != request.getBaseGroupVersion()) {
			throw new ValidationException("The group's settings changed after this request was made; reject it and "
					+ "ask for a new request against the current settings.");
		}
		List<Problem> unholdable = capabilityProblems(group, request.settings());
		if (!unholdable.isEmpty()) {
			throw new ValidationException(unholdable);
		}
		ImpactPreview preview = this.impact.of(group, request.settings(), request.getReason());
		if (preview.outcome() == ChangeStatus.REFUSED) {
			throw refused(group, request.settings(), request.getReason(), preview, requestId);
		}
		long version = apply(group.group().id(), group.version(), group.group().settings(), request.settings(),
				request.getReason(), request.getRequestedBy(), me);
		request.decide(true, me, this.clock.instant(), blankToNull(comment), version);
		this.requests.save(request);
		this.audit.record(AuditEntry.of("settings.change.approved", "change_request", requestId)
			.withAfter(Map.of("group", group.group().name(), "requestedBy", request.getRequestedBy()))
			.withReason(blankToNull(comment)));
		return new ChangeOutcome(group.group().id(), ChangeStatus.APPLIED, version, requestId,
				"Approved and applied to " + group.group().name() + ".");
	}

	/**
	 * Rejects a waiting change with a mandatory comment: never one's own (as with
	 * approvals; the database refuses it too), only within one's organizations.
	 */
	@Transactional
	@PreAuthorize(OFFICER)
	public void reject(long requestId, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new ValidationException(
					List.of(new Problem(0, "comment", "required: say why the change is rejected")));
		}
		ChangeRequest request = pendingRequest(requestId);
		GroupDetails group = visible(request.getGroupId());
		String me = this.access.currentUsername().orElseThrow();
		if (me.equals(request.getRequestedBy())) {
			throw new ValidationException("Nobody rejects their own request: ask another records officer.");
		}
		request.decide(false, me, this.clock.instant(), comment.strip(), null);
		this.requests.saveAndFlush(request);
		this.audit.record(AuditEntry.of("settings.change.rejected", "change_request", requestId)
			.withAfter(Map.of("group", group.group().name(), "requestedBy", request.getRequestedBy()))
			.withReason(comment.strip()));
	}

	/**
	 * The refusal of a change, audited with the rules it breaks and the values attempted
	 * (the caller's transaction keeps that event and nothing else: nothing has been
	 * written before a refusal).
	 */
	private GuardrailException refused(GroupDetails group, DeletionSettings proposed, @Nullable String reason,
			ImpactPreview preview, @Nullable Long requestId) {
		Map<String, Object> attempted = new TreeMap<>();
		attempted.put("attempted", state(proposed));
		attempted.put("rules", ruleIds(preview));
		if (!preview.frozenBy().isEmpty()) {
			attempted.put("holds", preview.frozenBy());
		}
		if (requestId != null) {
			attempted.put("changeRequest", requestId);
		}
		this.audit.record(AuditEntry.of("settings.change.refused", "group", group.group().id())
			.withBefore(state(group.group().settings()))
			.withAfter(attempted)
			.withReason(blankToNull(reason)));
		return preview.frozenBy().isEmpty() ? new GuardrailException(group.group().name(), critical(preview))
				: new HoldFrozenException(preview.explanation(), preview.frozenBy());
	}

	private static List<Violation> critical(ImpactPreview preview) {
		return preview.wouldOpen().stream().filter((v) -> v.rule().severity() == Severity.CRITICAL).toList();
	}

	private static List<String> ruleIds(ImpactPreview preview) {
		List<String> ids = new ArrayList<>();
		if (!preview.frozenBy().isEmpty()) {
			ids.add(HoldFreeze.RULE.id());
		}
		critical(preview).stream().map((v) -> v.rule().id()).distinct().forEach(ids::add);
		return ids;
	}

	private ChangeOutcome queue(GroupDetails group, SettingsChange change, DeletionSettings proposed,
			ImpactPreview preview) {
		if (this.requests.existsByGroupIdAndStatus(group.group().id(), "PENDING")) {
			throw new ValidationException(group.group().name() + " already has a change waiting for approval.");
		}
		String me = this.access.currentUsername().orElseThrow();
		ChangeRequest request = this.requests.saveAndFlush(new ChangeRequest(group.group().id(), group.version(),
				proposed, Objects.requireNonNull(change.reason()).strip(), me, this.clock.instant()));
		this.audit.record(AuditEntry.of("settings.change.requested", "group", group.group().id())
			.withBefore(state(group.group().settings()))
			.withAfter(state(proposed))
			.withReason(change.reason().strip()));
		return new ChangeOutcome(group.group().id(), ChangeStatus.PENDING_APPROVAL, null, request.getId(),
				preview.explanation());
	}

	private long apply(long groupId, long expectedVersion, DeletionSettings before, DeletionSettings after,
			String reason, @Nullable String requestedBy, @Nullable String approvedBy) {
		String me = this.access.currentUsername().orElseThrow();
		Instant now = this.clock.instant();
		long version = this.writer.append(groupId, expectedVersion, after, now, me, reason,
				(requestedBy != null) ? requestedBy : me, approvedBy);
		this.jdbc.update("""
				insert into outbox (group_id, policy_version_id, idempotency_token, status, attempts, next_attempt_at,
				                    created_at) values (?, ?, ?, 'PENDING', 0, ?, ?)
				""", groupId, version, UUID.randomUUID().toString(), Timestamp.from(now), Timestamp.from(now));
		this.audit.record(AuditEntry.of("settings.changed", "group", groupId)
			.withBefore(state(before))
			.withAfter(state(after))
			.withReason(reason));
		this.events.publishEvent(new DeletionSettingsChanged(groupId, version));
		return version;
	}

	private ChangeRequest pendingRequest(long id) {
		ChangeRequest request = this.requests.findById(id)
			.orElseThrow(() -> new ValidationException("No such change request."));
		if ("BLOCKED".equals(request.getStatus())) {
			throw new ValidationException("This request is blocked: " + request.getDecisionComment());
		}
		if (!"PENDING".equals(request.getStatus())) {
			throw new ValidationException("This request was already " + request.getStatus().toLowerCase() + ".");
		}
		return request;
	}

	private GroupDetails visible(long groupId) {
		return this.groups.details(groupId).orElseThrow(() -> new ValidationException("No such group in your scope."));
	}

	/**
	 * The field checks first; only settings that pass them are compared with what the
	 * group's platform can hold.
	 */
	private static void validate(GroupDetails group, DeletionSettings settings, @Nullable String reason) {
		List<Problem> problems = SettingsValidator.check(settings, reason);
		if (problems.isEmpty()) {
			problems = capabilityProblems(group, SettingsValidator.normalized(settings));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private static List<Problem> capabilityProblems(GroupDetails group, DeletionSettings settings) {
		return PlatformCapabilities.of(group.group().platformKind()).check(group.group().platformName(), settings);
	}

	private java.util.Optional<ChangeRequestRow> row(ChangeRequest r) {
		return this.groups.details(r.getGroupId())
			.map((g) -> new ChangeRequestRow(Objects.requireNonNull(r.getId()), r.getGroupId(), g.group().name(),
					g.group().organizationName(), g.group().settings(), r.settings(), r.getReason(), r.getRequestedBy(),
					r.getRequestedAt(), r.getStatus(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionComment()));
	}

	static Map<String, Object> state(DeletionSettings s) {
		Map<String, Object> state = new TreeMap<>();
		state.put("autoDelete", s.autoDelete());
		state.put("maxLifetimeSeconds", (s.maxLifetime() != null) ? s.maxLifetime().toSeconds() : "none");
		state.put("burnOnReadSeconds", (s.burnOnRead() != null) ? s.burnOnRead().toSeconds() : "none");
		state.put("shredderIntensity", s.shredderIntensity());
		state.put("captureEnabled", s.captureEnabled());
		return state;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
