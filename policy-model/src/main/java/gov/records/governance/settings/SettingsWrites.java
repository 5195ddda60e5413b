package gov.records.governance.settings;

import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes and approvals of deletion settings write alike: an applied change (a new
 * policy version, its outbox row and its audit event, in the caller's transaction), an
 * audited refusal, and the checks both ask first (the group within the user's scope, what
 * its platform can hold). Used by {@link SettingsChangeService} and
 * {@link ApprovalService} only.
 */
@Component
class SettingsWrites {

	private final GroupService groups;

	private final PolicyVersionWriter writer;

	private final AuditService audit;

	private final AccessService access;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SettingsWrites(GroupService groups, PolicyVersionWriter writer, AuditService audit, AccessService access,
			JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.writer = writer;
		this.audit = audit;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes an applied change: the new policy version, its outbox row and its audit
	 * event, in the caller's transaction, which must be there: the three commit together
	 * or not at all, so no confirmed change lacks its push or its event after a crash.
	 * @return the new version's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long apply(long groupId, long expectedVersion, DeletionSettings before, DeletionSettings after, String reason,
			@Nullable String requestedBy, @Nullable String approvedBy) {
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

	/**
	 * The refusal of a change, audited with the rules it breaks and the values attempted
	 * (the caller's transaction keeps that event and nothing else: nothing has been
	 * written before a refusal).
	 */
	GuardrailException refused(GroupDetails group, DeletionSettings proposed, @Nullable String reason,
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

	static List<String> ruleIds(ImpactPreview preview) {
		List<String> ids = new ArrayList<>();
		if (!preview.frozenBy().isEmpty()) {
			ids.add(HoldFreeze.RULE.id());
		}
		critical(preview).stream().map((v) -> v.rule().id()).distinct().forEach(ids::add);
		return ids;
	}

	GroupDetails visible(long groupId) {
		return this.groups.details(groupId).orElseThrow(() -> new ValidationException("No such group in your scope."));
	}

	static List<Problem> capabilityProblems(GroupDetails group, DeletionSettings settings) {
		return PlatformCapabilities.of(group.group().platformKind()).check(group.group().platformName(), settings);
	}

	/** A change's settings as the audit log records them. */
	static Map<String, Object> state(DeletionSettings s) {
		Map<String, Object> state = new TreeMap<>();
		state.put("autoDelete", s.autoDelete());
		state.put("maxLifetimeSeconds", (s.maxLifetime() != null) ? s.maxLifetime().toSeconds() : "none");
		state.put("burnOnReadSeconds", (s.burnOnRead() != null) ? s.burnOnRead().toSeconds() : "none");
		state.put("shredderIntensity", s.shredderIntensity());
		state.put("captureEnabled", s.captureEnabled());
		return state;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
