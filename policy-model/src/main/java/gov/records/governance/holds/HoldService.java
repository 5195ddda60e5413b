package gov.records.governance.holds;

import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.groups.GroupService;
import gov.records.governance.holds.domain.LegalHold;
import gov.records.governance.holds.domain.LegalHoldScope;
import gov.records.governance.holds.domain.LegalHolds;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: every role reads them (scoped to the user's organizations, see
 * {@link HoldReads}); records officers place and release them. A hold needs a scope
 * (accounts, groups or organizations in the officer's own organizations), and a release
 * needs a reason and cannot precede the hold's start. Released holds stay, with their
 * history.
 */
@Service
@Transactional(readOnly = true)
public class HoldService {

	private static final String OFFICER = "hasRole('RECORDS_OFFICER')";

	private final LegalHolds holds;

	private final HoldReads reads;

	private final JdbcClient jdbc;

	private final GroupService groups;

	private final OrganizationService organizations;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HoldService(LegalHolds holds, HoldReads reads, JdbcClient jdbc, GroupService groups,
			OrganizationService organizations, AuditService audit, ApplicationEventPublisher events, Clock clock) {
		this.holds = holds;
		this.reads = reads;
		this.jdbc = jdbc;
		this.groups = groups;
		this.organizations = organizations;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The holds that reach the current user's organizations, active ones first, newest
	 * first; only the part of each scope inside those organizations is named.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<HoldRow> list() {
		return this.reads.list();
	}

	/**
	 * The holds that were active at a past moment (placed by then, not yet released),
	 * from the start and release times every hold keeps (issue 14, build 4; DD066); in
	 * the same order and scope as {@link #list()}.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<HoldRow> activeAt(Instant at) {
		return list().stream()
			.filter((h) -> !h.startedAt().isAfter(at) && (h.releasedAt() == null || h.releasedAt().isAfter(at)))
			.toList();
	}

	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<HoldRow> find(long id) {
		return this.reads.find(id);
	}

	@Transactional
	@PreAuthorize(OFFICER)
	public HoldRow place(HoldDraft draft) {
		List<Problem> problems = validate(draft);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		List<LegalHoldScope> scope = new ArrayList<>();
		draft.accountIds().forEach((id) -> scope.add(LegalHoldScope.account(id)));
		draft.groupIds().forEach((id) -> scope.add(LegalHoldScope.group(id)));
		draft.organizationIds().forEach((id) -> scope.add(LegalHoldScope.organization(id)));
		String by = this.audit.record(AuditEntry.of("hold.placed", "legal_hold", draft.caseReference().strip())
			.withAfter(Map.of("kind", Objects.requireNonNull(draft.kind()).name(), "title", draft.title().strip(),
					"accounts", draft.accountIds(), "groups", draft.groupIds(), "organizations",
					draft.organizationIds())))
			.actor();
		LegalHold hold = this.holds
			.saveAndFlush(new LegalHold(draft.kind(), draft.caseReference().strip(), draft.title().strip(),
					blankToNull(draft.description()), Objects.requireNonNull(draft.startedAt()), by, scope));
		this.events.publishEvent(new HoldsChanged(hold.getCaseReference()));
		return find(Objects.requireNonNull(hold.getId())).orElseThrow();
	}

	@Transactional
	@PreAuthorize(OFFICER)
	public HoldRow release(long holdId, long version, Instant at, String reason) {
		LegalHold hold = this.holds.findById(holdId)
			.orElseThrow(() -> new ValidationException("That hold no longer exists."));
		List<Problem> problems = new ArrayList<>();
		if (hold.getVersion() != version) {
			throw new StaleEditException("Hold " + hold.getCaseReference());
		}
		if (hold.getReleasedAt() != null) {
			problems.add(Problem.file("The hold was already released."));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem(0, "reason", "required: say why the hold ends"));
		}
		if (at.isBefore(hold.getStartedAt())) {
			problems.add(new Problem(0, "released_at", "cannot be before the hold started"));
		}
		if (at.isAfter(this.clock.instant().plus(Duration.ofMinutes(5)))) {
			problems.add(new Problem(0, "released_at", "cannot be in the future"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		String by = this.audit
			.record(AuditEntry.of("hold.released", "legal_hold", hold.getCaseReference())
				.withReason(reason.strip())
				.withAfter(Map.of("releasedAt", at.toString())))
			.actor();
		hold.release(at, by, reason.strip());
		this.holds.saveAndFlush(hold);
		this.events.publishEvent(new HoldsChanged(hold.getCaseReference()));
		return find(holdId).orElseThrow();
	}

	private List<Problem> validate(HoldDraft d) {
		List<Problem> problems = new ArrayList<>();
		if (d.kind() == null) {
			problems.add(new Problem(0, "kind", "required: litigation, FOIA, audit or investigation"));
		}
		if (d.caseReference() == null || d.caseReference().isBlank() || d.caseReference().length() > 64) {
			problems.add(new Problem(0, "case_reference", "required, at most 64 characters"));
		}
		else if (this.holds.findByCaseReference(d.caseReference().strip()).isPresent()) {
			problems.add(new Problem(0, "case_reference", "a hold with this case reference already exists"));
		}
		if (d.title() == null || d.title().isBlank() || d.title().length() > 300) {
			problems.add(new Problem(0, "title", "required, at most 300 characters"));
		}
		if (d.startedAt() == null) {
			problems.add(new Problem(0, "started_at", "required"));
		}
		else if (d.startedAt().isAfter(this.clock.instant().plus(Duration.ofDays(1)))) {
			problems.add(new Problem(0, "started_at", "a hold starts now or in the past, not in the future"));
		}
		if (!d.hasScope()) {
			problems.add(new Problem(0, "scope", "a hold must cover at least one account, group or organization"));
		}
		for (long group : d.groupIds()) {
			if (this.groups.details(group).isEmpty()) {
				problems.add(new Problem(0, "scope", "group " + group + " is not in your organizations"));
			}
		}
		for (long org : d.organizationIds()) {
			if (!this.organizations.currentScope().contains(org)) {
				problems.add(new Problem(0, "scope", "organization " + org + " is not in your scope"));
			}
		}
		if (!d.accountIds().isEmpty()) {
			List<Long> visible = this.jdbc
				.sql("select id from account where id in (" + joined(d.accountIds()) + ")" + " and organization_id in ("
						+ joined(this.organizations.currentScope().organizationIds()) + ")")
				.query(Long.class)
				.list();
			d.accountIds()
				.stream()
				.filter((a) -> !visible.contains(a))
				.forEach(
						(a) -> problems.add(new Problem(0, "scope", "account " + a + " is not in your organizations")));
		}
		return problems;
	}

	private static String joined(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? "-1"
				: ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
