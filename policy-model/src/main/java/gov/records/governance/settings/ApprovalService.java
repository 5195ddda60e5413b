package gov.records.governance.settings;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupService;
import gov.records.governance.settings.domain.ChangeRequest;
import gov.records.governance.settings.domain.ChangeRequests;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records officers' decisions on changes that wait for approval (a change that loosens
 * retention where the schedules require more, queued by {@link SettingsChangeService}):
 * the waiting requests, now or at a past moment, a group's requests, and approving or
 * rejecting one. Nobody decides their own request; an approval checks the change again
 * (the group unchanged since the request, no critical finding, no legal hold it would
 * shorten, settings the platform can hold) and applies it as a submission would.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalService {

	private static final String OFFICER = "hasRole('RECORDS_OFFICER')";

	private final GroupService groups;

	private final ChangeImpact impact;

	private final ChangeRequests requests;

	private final AuditService audit;

	private final AccessService access;

	private final SettingsWrites writes;

	private final Clock clock;

	ApprovalService(GroupService groups, ChangeImpact impact, ChangeRequests requests, AuditService audit,
			AccessService access, SettingsWrites writes, Clock clock) {
		this.groups = groups;
		this.impact = impact;
		this.requests = requests;
		this.audit = audit;
		this.access = access;
		this.writes = writes;
		this.clock = clock;
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
		GroupDetails group = this.writes.visible(request.getGroupId());
		String me = this.access.currentUsername().orElseThrow();
		if (me.equals(request.getRequestedBy())) {
			throw new ValidationException("Nobody approves their own request: ask another records officer.");
		}
		if (group.version() != request.getBaseGroupVersion()) {
			throw new ValidationException("The group's settings changed after this request was made; reject it and "
					+ "ask for a new request against the current settings.");
		}
		List<Problem> unholdable = SettingsWrites.capabilityProblems(group, request.settings());
		if (!unholdable.isEmpty()) {
			throw new ValidationException(unholdable);
		}
		ImpactPreview preview = this.impact.of(group, request.settings(), request.getReason());
		if (preview.outcome() == ChangeStatus.REFUSED) {
			throw this.writes.refused(group, request.settings(), request.getReason(), preview, requestId);
		}
		long version = this.writes.apply(group.group().id(), group.version(), group.group().settings(),
				request.settings(), request.getReason(), request.getRequestedBy(), me);
		request.decide(true, me, this.clock.instant(), SettingsWrites.blankToNull(comment), version);
		this.requests.save(request);
		this.audit.record(AuditEntry.of("settings.change.approved", "change_request", requestId)
			.withAfter(Map.of("group", group.group().name(), "requestedBy", request.getRequestedBy()))
			.withReason(SettingsWrites.blankToNull(comment)));
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
		GroupDetails group = this.writes.visible(request.getGroupId());
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

	private java.util.Optional<ChangeRequestRow> row(ChangeRequest r) {
		return this.groups.details(r.getGroupId())
			.map((g) -> new ChangeRequestRow(Objects.requireNonNull(r.getId()), r.getGroupId(), g.group().name(),
					g.group().organizationName(), g.group().settings(), r.settings(), r.getReason(), r.getRequestedBy(),
					r.getRequestedAt(), r.getStatus(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionComment()));
	}

}
