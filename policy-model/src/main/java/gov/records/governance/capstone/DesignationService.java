package gov.records.governance.capstone;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designates accounts Capstone from the positions of the forms in force (DD061): exact
 * title matches at once, other likely matches as suggestions that a records officer
 * confirms or rejects one by one. Every designation names its form and is kept when a
 * later one replaces it.
 */
@Service
@Transactional(readOnly = true)
public class DesignationService {

	private static final String OFFICER = "hasRole('RECORDS_OFFICER')";

	private final FormStore forms;

	private final DesignationStore store;

	private final AuditService audit;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Reconciliation reconciliation;

	private final OrganizationService organizations;

	DesignationService(FormStore forms, DesignationStore store, AuditService audit, AccessService access,
			ApplicationEventPublisher events, Clock clock, Reconciliation reconciliation,
			OrganizationService organizations) {
		this.reconciliation = reconciliation;
		this.organizations = organizations;
		this.forms = forms;
		this.store = store;
		this.audit = audit;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Compares every account's position title with the forms in force: designates the
	 * exact matches, records new suggestions (a pair once rejected is not suggested
	 * again).
	 */
	@Transactional
	@PreAuthorize(OFFICER)
	public DesignationReport designate() {
		Instant now = this.clock.instant();
		String me = me();
		TitleMatcher matcher = new TitleMatcher(this.forms.positionsInForce());
		Set<Long> suggested = this.store.suggestedPairs();
		List<DesignationStore.NewDesignation> designations = new ArrayList<>();
		List<long[]> suggestions = new ArrayList<>();
		List<String> whys = new ArrayList<>();
		int unchanged = 0;
		List<DesignationStore.Candidate> candidates = this.store.candidates();
		for (DesignationStore.Candidate c : candidates) {
			PositionRow exact = matcher.exact(c.title());
			if (exact != null) {
				if (Long.valueOf(exact.id()).equals(c.positionId())) {
					unchanged++;
				}
				else {
					designations.add(new DesignationStore.NewDesignation(c.id(), exact, DesignationRow.MatchKind.EXACT,
							c.roleCategory()));
				}
				continue;
			}
			if (c.positionId() != null) {
				continue;
			}
			for (PositionRow p : matcher.suggested(c.title())) {
				if (suggested.add(DesignationStore.pair(c.id(), p.id()))) {
					suggestions.add(new long[] { c.id(), p.id() });
					whys.add(TitleMatcher.why(c.title(), p));
				}
			}
		}
		this.store.designate(designations, now, me);
		this.store.suggest(suggestions, whys, now);
		DesignationReport report = new DesignationReport(designations.size(), unchanged, suggestions.size(),
				candidates.size());
		if (!designations.isEmpty() || !suggestions.isEmpty()) {
			this.audit.record(AuditEntry.of("capstone.designated", "forms", "in force")
				.withAfter(Map.of("report", report, "forms",
						designations.stream().map((d) -> d.position().formNumber()).distinct().sorted().toList())));
		}
		if (!designations.isEmpty()) {
			this.events.publishEvent(new DesignationsChanged(designations.size() + " account(s) designated",
					designations.stream().map(DesignationStore.NewDesignation::accountId).collect(Collectors.toSet())));
		}
		return report;
	}

	/** Confirms a suggestion: the account is designated from its position. */
	@Transactional
	@PreAuthorize(OFFICER)
	public DesignationRow confirm(long suggestionId) {
		SuggestionRow s = pending(suggestionId);
		Instant now = this.clock.instant();
		this.store.decide(suggestionId, "CONFIRMED", now, me());
		PositionRow position = this.store.position(s.positionId());
		String previous = String.valueOf(this.store.roleCategory(s.accountId()));
		this.store.designate(List.of(new DesignationStore.NewDesignation(s.accountId(), position,
				DesignationRow.MatchKind.CONFIRMED, previous)), now, me());
		DesignationRow designation = this.store.history(s.accountId(), scope()).getLast();
		this.audit.record(AuditEntry.of("capstone.suggestion.confirmed", "account", s.accountId())
			.withBefore(Map.of("roleCategory", previous))
			.withAfter(Map.of("authority", designation.authority(), "accountTitle", s.accountTitle())));
		this.events
			.publishEvent(new DesignationsChanged("suggestion " + suggestionId + " confirmed", Set.of(s.accountId())));
		return designation;
	}

	/**
	 * Rejects a suggestion: the account keeps its role, and the pair is not suggested
	 * again.
	 */
	@Transactional
	@PreAuthorize(OFFICER)
	public void reject(long suggestionId) {
		SuggestionRow s = pending(suggestionId);
		this.store.decide(suggestionId, "REJECTED", this.clock.instant(), me());
		this.audit.record(AuditEntry.of("capstone.suggestion.rejected", "account", s.accountId())
			.withAfter(
					Map.of("accountTitle", s.accountTitle(), "position", s.positionTitle(), "form", s.formNumber())));
	}

	/** The suggestions waiting for a decision, of accounts within the caller's scope. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<SuggestionRow> suggestions() {
		return this.store.pending(scope());
	}

	/**
	 * The designations in force of accounts within the caller's scope: a component
	 * administrator is not shown other components' officials.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<DesignationRow> designations() {
		return this.store.current(scope());
	}

	/** The designations in force at an instant (for reports as of a date). */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<DesignationRow> designationsAsOf(Instant at) {
		return this.store.asOf(at);
	}

	/**
	 * Every designation an account has had, oldest first; none for an account outside the
	 * caller's scope.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<DesignationRow> history(long accountId) {
		return this.store.history(accountId, scope());
	}

	/** Why an account is Capstone: the form and category that are its authority. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<String> explain(long accountId) {
		List<DesignationRow> history = this.store.history(accountId, scope());
		return history.stream()
			.filter((d) -> d.endedAt() == null)
			.findFirst()
			.map((d) -> d.authority() + ": its messages are permanent records (GRS 6.1 item 010).");
	}

	/**
	 * The reconciliation findings between the forms in force and the accounts found, as
	 * the last compliance run (or re-evaluation after a designation) stored them;
	 * findings naming an account only for accounts within the caller's scope.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<ReconciliationFinding> reconcile() {
		return this.reconciliation.open(scope());
	}

	private SuggestionRow pending(long id) {
		return this.store.pending(id, scope())
			.orElseThrow(() -> new ValidationException("Suggestion " + id + " is not waiting for a decision."));
	}

	private List<TreeRange> scope() {
		return this.organizations.currentScopeRanges();
	}

	private String me() {
		return this.access.currentUsername().orElse("system");
	}

}
