package gov.records.governance.settings;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.settings.domain.ChangeRequest;
import gov.records.governance.settings.domain.ChangeRequests;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
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
 * policy version plus an outbox row for the backend, written together, and audited
 * ({@link SettingsWrites}); records officers decide the waiting ones in
 * {@link ApprovalService}.
 */
@Service
@Transactional(readOnly = true)
public class SettingsChangeService {

	private static final String ADMIN = "hasRole('PLATFORM_ADMIN')";

	private final ChangeImpact impact;

	private final BulkImpact bulkImpact;

	private final ChangeRequests requests;

	private final AuditService audit;

	private final AccessService access;

	private final SettingsWrites writes;

	private final Clock clock;

	SettingsChangeService(ChangeImpact impact, BulkImpact bulkImpact, ChangeRequests requests, AuditService audit,
			AccessService access, SettingsWrites writes, Clock clock) {
		this.impact = impact;
		this.bulkImpact = bulkImpact;
		this.requests = requests;
		this.audit = audit;
		this.access = access;
		this.writes = writes;
		this.clock = clock;
	}

	/** What the change would do; nothing is written. */
	@PreAuthorize(ADMIN)
	public ImpactPreview preview(SettingsChange change) {
		GroupDetails group = this.writes.visible(change.groupId());
		validate(group, change.settings(), change.reason());
		return this.impact.of(group, SettingsValidator.normalized(change.settings()), change.reason());
	}

	/**
	 * Applies the change, queues it for approval, or refuses it; see the class comment.
	 */
	@Transactional(noRollbackFor = GuardrailException.class)
	@PreAuthorize(ADMIN)
	public ChangeOutcome submit(SettingsChange change) {
		GroupDetails group = this.writes.visible(change.groupId());
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
			case REFUSED -> throw this.writes.refused(group, proposed, change.reason(), preview, null);
			case PENDING_APPROVAL -> queue(group, change, proposed, preview);
			case APPLIED -> {
				long version = this.writes.apply(group.group().id(), change.expectedVersion(), group.group().settings(),
						proposed, Objects.requireNonNull(change.reason()).strip(), null, null);
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
			attempted.put("attempted", SettingsWrites.state(assessed.proposed()));
			attempted.put("refusedGroups", assessed.refused().stream().map(ImpactPreview::groupName).toList());
			attempted.put("rules",
					assessed.refused().stream().flatMap((p) -> SettingsWrites.ruleIds(p).stream()).distinct().toList());
			this.audit.record(AuditEntry.of("settings.bulk.refused", "group_filter", filter.auditTarget())
				.withAfter(attempted)
				.withReason(SettingsWrites.blankToNull(reason)));
			throw new BulkRefusedException(refused);
		}
		DeletionSettings proposed = assessed.proposed();
		List<ChangeOutcome> outcomes = new ArrayList<>();
		for (ImpactPreview preview : assessed.previews()) {
			GroupDetails group = this.writes.visible(preview.groupId());
			SettingsChange change = new SettingsChange(group.group().id(), group.version(), proposed, reason);
			outcomes.add((preview.outcome() == ChangeStatus.PENDING_APPROVAL) ? queue(group, change, proposed, preview)
					: new ChangeOutcome(
							group.group().id(), ChangeStatus.APPLIED, this.writes.apply(group.group().id(),
									group.version(), group.group().settings(), proposed, reason.strip(), null, null),
							null, "Applied"));
		}
		long applied = outcomes.stream().filter((o) -> o.status() == ChangeStatus.APPLIED).count();
		this.audit.record(AuditEntry.of("settings.bulk", "group_filter", filter.auditTarget())
			.withAfter(Map.of("settings", proposed.summary(), "applied", applied, "pending", outcomes.size() - applied))
			.withReason(reason.strip()));
		return new BulkOutcome((int) applied, (int) (outcomes.size() - applied), assessed.unchanged(), outcomes);
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
			.withBefore(SettingsWrites.state(group.group().settings()))
			.withAfter(SettingsWrites.state(proposed))
			.withReason(change.reason().strip()));
		return new ChangeOutcome(group.group().id(), ChangeStatus.PENDING_APPROVAL, null, request.getId(),
				preview.explanation());
	}

	/**
	 * The field checks first; only settings that pass them are compared with what the
	 * group's platform can hold.
	 */
	private static void validate(GroupDetails group, DeletionSettings settings, @Nullable String reason) {
		List<Problem> problems = SettingsValidator.check(settings, reason);
		if (problems.isEmpty()) {
			problems = SettingsWrites.capabilityProblems(group, SettingsValidator.normalized(settings));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

}
