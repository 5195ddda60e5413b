package gov.records.governance.reports;

import gov.records.governance.access.AccessService;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.compliance.FindingDetails;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.reports.evidence.DispositionElements;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of unauthorized disposition (36 CFR 1230.14): a draft pre-filled from a
 * finding's data, edited by inspectors, the CIO or records officers, and issued as a
 * signed bundle when a records officer signs it off. A signed-off draft never changes.
 */
@Service
public class DispositionService {

	static final String EDITORS = "hasAnyRole('INSPECTOR','CIO','RECORDS_OFFICER')";

	static final int MAX_ELEMENT = 8000;

	private final DispositionStore store;

	private final DispositionPrefill prefill;

	private final FindingService findings;

	private final OrganizationService organizations;

	private final AccessService access;

	private final AuditService audit;

	private final ReportService reports;

	private final Clock clock;

	DispositionService(DispositionStore store, DispositionPrefill prefill, FindingService findings,
			OrganizationService organizations, AccessService access, AuditService audit, ReportService reports,
			Clock clock) {
		this.store = store;
		this.prefill = prefill;
		this.findings = findings;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.reports = reports;
		this.clock = clock;
	}

	/** Prepares a draft for a visible finding, its five elements filled from the data. */
	@PreAuthorize(EDITORS)
	@Transactional
	public DispositionDraft prepare(long findingId) {
		FindingDetails finding = this.findings.details(findingId)
			.orElseThrow(() -> new ValidationException("No such finding: #" + findingId));
		DispositionElements elements = this.prefill.elements(finding);
		long organizationId = this.prefill.organizationOf(findingId);
		long id = this.store.insert(findingId, organizationId, elements, user(), this.clock.instant());
		this.audit.record(AuditEntry.of("disposition.draft.created", "disposition_draft", id)
			.withAfter(java.util.Map.of("findingId", findingId)));
		return find(id).orElseThrow();
	}

	@PreAuthorize(EDITORS)
	@Transactional
	public DispositionDraft update(long draftId, long expectedVersion, DispositionElements elements) {
		DispositionDraft draft = find(draftId).orElseThrow(() -> new ValidationException("No such draft: #" + draftId));
		if (draft.signed()) {
			throw new ValidationException("Draft #" + draftId + " is signed off and can no longer change");
		}
		validate(elements);
		if (!this.store.update(draftId, expectedVersion, elements, user(), this.clock.instant())) {
			throw new StaleEditException("Draft #" + draftId);
		}
		this.audit.record(AuditEntry.of("disposition.draft.updated", "disposition_draft", draftId)
			.withBefore(draft.elements())
			.withAfter(elements));
		return find(draftId).orElseThrow();
	}

	/**
	 * A records officer signs the draft off: it becomes final and its report is queued
	 * for generation. Returns the report's id.
	 */
	@PreAuthorize("hasRole('RECORDS_OFFICER')")
	@Transactional
	public long signOff(long draftId, long expectedVersion) {
		DispositionDraft draft = find(draftId).orElseThrow(() -> new ValidationException("No such draft: #" + draftId));
		if (draft.signed()) {
			throw new ValidationException("Draft #" + draftId + " is already signed off");
		}
		validate(draft.elements());
		Instant now = this.clock.instant();
		if (!this.store.signOff(draftId, expectedVersion, user(), now)) {
			throw new StaleEditException("Draft #" + draftId);
		}
		this.audit
			.record(AuditEntry.of("disposition.signed_off", "disposition_draft", draftId).withAfter(draft.elements()));
		long reportId = this.reports.queue(ReportType.UNAUTHORIZED_DISPOSITION, draft.organizationId(), null, now, null,
				draftId);
		this.store.linkReport(draftId, reportId);
		return reportId;
	}

	@PreAuthorize(EDITORS)
	@Transactional(readOnly = true)
	public Optional<DispositionDraft> find(long draftId) {
		return this.store.find(draftId, this.organizations.currentScopeRanges());
	}

	@PreAuthorize(EDITORS)
	@Transactional(readOnly = true)
	public List<DispositionDraft> list() {
		return this.store.list(this.organizations.currentScopeRanges());
	}

	private static void validate(DispositionElements e) {
		List<String> names = List.of("records", "office", "circumstances", "safeguards", "recovery");
		List<String> values = List.of(e.records(), e.office(), e.circumstances(), e.safeguards(), e.recovery());
		List<gov.records.governance.shared.Problem> problems = new java.util.ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (values.get(i).isBlank()) {
				problems.add(new gov.records.governance.shared.Problem(0, names.get(i), "is required"));
			}
			else if (values.get(i).length() > MAX_ELEMENT) {
				problems.add(new gov.records.governance.shared.Problem(0, names.get(i),
						"is longer than " + MAX_ELEMENT + " characters"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private String user() {
		return this.access.currentUsername().orElseThrow();
	}

}
