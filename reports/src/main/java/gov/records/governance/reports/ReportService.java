package gov.records.governance.reports;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.audit.CheckpointService;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerificationException;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import gov.records.governance.reports.bundle.BundleVerification;
import gov.records.governance.reports.bundle.BundleVerifier;
import gov.records.governance.reports.bundle.SigningKeys;
import gov.records.governance.reports.content.ReportPart;
import gov.records.governance.reports.evidence.ReportBuilder;
import gov.records.governance.reports.evidence.ReportScope;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Oversight reports for inspectors and the CIO: requests checked and queued for
 * background generation, the archive of every bundle (listed within the user's
 * organizations, each download checked against its SHA-256 and audited), and the check of
 * an uploaded bundle. Unauthorized-disposition reports are issued by a records officer's
 * sign-off ({@link DispositionService}).
 */
@Service
public class ReportService {

	static final String GENERATORS = "hasAnyRole('INSPECTOR','CIO')";

	/** The longest recommendation text kept with a remediation report. */
	static final int MAX_RECOMMENDATION = 2000;

	private final ReportStore store;

	private final ReportJobs jobs;

	private final ReportProgress progress;

	private final ReportArchive archive;

	private final OrganizationService organizations;

	private final AccessService access;

	private final AuditService audit;

	private final CheckpointService log;

	private final BundleVerifier verifier;

	private final SigningKeys keys;

	private final ReportBuilder builder;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReportService(ReportStore store, ReportJobs jobs, ReportProgress progress, ReportArchive archive,
			OrganizationService organizations, AccessService access, AuditService audit, CheckpointService log,
			BundleVerifier verifier, SigningKeys keys, ReportBuilder builder, JdbcTemplate jdbc, Clock clock) {
		this.store = store;
		this.jobs = jobs;
		this.progress = progress;
		this.archive = archive;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.log = log;
		this.verifier = verifier;
		this.keys = keys;
		this.builder = builder;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks a request and queues it; returns the report's id at once.
	 * @throws ValidationException with every problem: a date in the future or before any
	 * data, a period that ends before it starts, an organization outside the user's own,
	 * a missing recommendation
	 */
	@PreAuthorize(GENERATORS)
	@Transactional
	public long request(ReportRequest request) {
		if (request.type() == ReportType.UNAUTHORIZED_DISPOSITION) {
			throw new ValidationException("An unauthorized-disposition report is prepared from a finding and issued "
					+ "when a records officer signs it off");
		}
		Instant from = check(request);
		String recommendation = (request.recommendation() != null) ? request.recommendation().strip() : null;
		return queue(request.type(), request.organizationId(), request.type().coversPeriod() ? from : null,
				request.asOf(), recommendation, null);
	}

	/** Queues a report that was already admitted (a signed-off disposition draft). */
	long queue(ReportType type, long organizationId, @Nullable Instant from, Instant asOf,
			@Nullable String recommendation, @Nullable Long draftId) {
		String requestedBy = this.access.currentUsername().orElseThrow();
		String parameters = ReportSpecs.parameters(type, organizationId, from, asOf, recommendation, draftId);
		long id = this.store.insert(type, type.title(), organizationId, from, asOf, parameters, requestedBy,
				this.clock.instant());
		this.audit.record(AuditEntry.of("report.requested", "report", id).withAfter(parameters));
		Authentication requester = SecurityContextHolder.getContext().getAuthentication();
		afterCommit(() -> this.jobs.submit(id, requester));
		return id;
	}

	private Instant check(ReportRequest request) {
		List<Problem> problems = new ArrayList<>();
		Instant now = this.clock.instant();
		if (request.asOf().isAfter(now)) {
			problems.add(new Problem(0, "asOf", "The as-of date " + request.asOf() + " is in the future"));
		}
		Instant earliest = earliestData(request.type());
		if (earliest == null) {
			problems.add(new Problem(0, "asOf", "There is no data to report on yet"));
		}
		else if (request.asOf().isBefore(earliest)) {
			problems.add(new Problem(0, "asOf", "The as-of date " + request.asOf()
					+ " is before any data: the earliest record is from " + earliest));
		}
		Instant from = (request.from() != null) ? request.from() : request.asOf().minus(Duration.ofDays(90));
		if (request.type().coversPeriod() && !from.isBefore(request.asOf())) {
			problems.add(new Problem(0, "from", "The period must start before it ends (" + request.asOf() + ")"));
		}
		if (!this.organizations.currentScope().contains(request.organizationId())) {
			problems.add(new Problem(0, "organizationId", "Organization #" + request.organizationId()
					+ " is not one of your organizations (or does not exist)"));
		}
		if (request.type() == ReportType.REMEDIATION) {
			String text = request.recommendation();
			if (text == null || text.isBlank()) {
				problems
					.add(new Problem(0, "recommendation", "Remediation evidence answers a recommendation: quote it"));
			}
			else if (text.strip().length() > MAX_RECOMMENDATION) {
				problems.add(new Problem(0, "recommendation",
						"The recommendation is longer than " + MAX_RECOMMENDATION + " characters"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return from;
	}

	private @Nullable Instant earliestData(ReportType type) {
		String sql = (type == ReportType.AUDIT_EXTRACT) ? "select min(occurred_at) from audit_event"
				: "select min(valid_from) from deletion_policy_version";
		java.sql.Timestamp earliest = this.jdbc.queryForObject(sql, java.sql.Timestamp.class);
		return (earliest != null) ? earliest.toInstant() : null;
	}

	/** The archive within the user's organizations, newest first, with live progress. */
	@PreAuthorize(GENERATORS)
	@Transactional(readOnly = true)
	public List<ReportSummary> archive(int offset, int limit) {
		return this.store.page(this.organizations.currentScopeRanges(), offset, limit)
			.stream()
			.map(this::withProgress)
			.toList();
	}

	@PreAuthorize(GENERATORS)
	@Transactional(readOnly = true)
	public long count() {
		return this.store.count(this.organizations.currentScopeRanges());
	}

	/** One report, if it is within the user's organizations. */
	@PreAuthorize("hasAnyRole('INSPECTOR','CIO','RECORDS_OFFICER')")
	@Transactional(readOnly = true)
	public Optional<ReportSummary> find(long id) {
		return this.store.find(id).filter(this::visible).map(this::withProgress);
	}

	/**
	 * Hands out an archived bundle: checks it against the SHA-256 recorded when it was
	 * made and audits the download.
	 * @throws ValidationException if it is not done, not visible, or altered on disk
	 */
	@PreAuthorize(GENERATORS)
	@Transactional
	public ArchivedBundle download(long id) {
		ArchivedBundle bundle = checkedBundle(id);
		this.audit.record(AuditEntry.of("report.downloaded", "report", id)
			.withAfter(Map.of("file", bundle.fileName(), "sha256", bundle.sha256())));
		return bundle;
	}

	/**
	 * Hands out one file of an archived bundle (the PDF, the JSON or one table's CSV),
	 * with the same scope, roles and checks as the bundle, and audits it.
	 * @param table the table whose CSV is wanted (CSV only)
	 * @throws ValidationException if the report is not done or not visible, or has no
	 * such table
	 */
	@PreAuthorize(GENERATORS)
	@Transactional
	public ReportFile downloadFile(long id, ReportFile.Format format, @Nullable String table) {
		if (format == ReportFile.Format.CSV && (table == null || !TABLE_NAME.matcher(table).matches())) {
			throw new ValidationException("Name the table whose CSV you want: one of " + tablesOf(id));
		}
		ArchivedBundle bundle = checkedBundle(id);
		String entry = format.entry(String.valueOf(table));
		byte[] content = BundleEntries.read(bundle.file(), entry)
			.orElseThrow(() -> new ValidationException((format == ReportFile.Format.CSV)
					? "Report #" + id + " has no table " + table + "; it has " + BundleEntries.tables(bundle.file())
					: "Report #" + id + " holds no " + format.name() + " file"));
		byte[] sha256 = ReportArchive.sha256Bytes(content);
		String fileName = "report-" + id + ((format == ReportFile.Format.CSV) ? "-" + table + ".csv"
				: "." + format.name().toLowerCase(java.util.Locale.ROOT));
		this.audit.record(AuditEntry.of("report.file.downloaded", "report", id)
			.withAfter(Map.of("bundle", bundle.fileName(), "file", entry, "sha256",
					java.util.HexFormat.of().formatHex(sha256))));
		return new ReportFile(id, entry, fileName, format.contentType(), content, sha256);
	}

	/** The tables whose CSV a done report holds, for the separate CSV downloads. */
	@PreAuthorize(GENERATORS)
	@Transactional(readOnly = true)
	public List<String> tables(long id) {
		return tablesOf(id);
	}

	private List<String> tablesOf(long id) {
		return BundleEntries.tables(checkedBundle(id).file());
	}

	private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private ArchivedBundle checkedBundle(long id) {
		ReportSummary report = this.store.find(id)
			.filter(this::visible)
			.orElseThrow(() -> new ValidationException("No such report: #" + id));
		if (report.status() != ReportStatus.DONE || report.fileName() == null || report.sha256() == null
				|| report.sizeBytes() == null) {
			throw new ValidationException("Report #" + id + " is "
					+ report.status().name().toLowerCase(java.util.Locale.ROOT) + ": there is nothing to download");
		}
		Path file = this.archive.path(report.fileName());
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("the archived bundle of report #" + id + " is missing from the archive");
		}
		String actual = ReportArchive.sha256(file);
		if (!actual.equals(report.sha256())) {
			throw new IllegalStateException("the archived bundle of report #" + id
					+ " was altered on disk: its SHA-256 is " + actual + ", recorded " + report.sha256());
		}
		return new ArchivedBundle(id, file, report.fileName(), actual, report.sizeBytes());
	}

	/**
	 * Checks an uploaded bundle: files, manifest and signature against this console's
	 * certificate, and its checkpoint against the log.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public BundleCheck verify(InputStream upload) throws IOException {
		BundleVerification result = this.verifier.verify(upload, this.keys.trustedCertificates());
		String text = result.checkpoint();
		if (text == null) {
			return new BundleCheck(result, false, "the bundle carries no checkpoint", null);
		}
		try {
			Checkpoint checkpoint = Checkpoint.open(text, this.log.origin(),
					List.of(NoteVerifier.fromVerifierKey(this.log.verifierKey())));
			long size = checkpoint.treeSize();
			if (size > this.log.current().treeSize()) {
				return new BundleCheck(result, false,
						"the checkpoint is of size " + size + ", larger than the log: it is not from this log", size);
			}
			boolean same = this.log.at(size).rootHash().equals(checkpoint.rootHash());
			return new BundleCheck(result, same,
					same ? "signed checkpoint of " + size
							+ " events; the log still holds exactly those events (same root)"
							: "the log's root at size " + size + " differs from the checkpoint's: the log was "
									+ "changed after the bundle was made",
					size);
		}
		catch (NoteVerificationException | IllegalArgumentException ex) {
			return new BundleCheck(result, false, "the checkpoint does not verify: " + ex.getMessage(), null);
		}
	}

	/**
	 * The charts of the Reports view (coverage over the last 90 days, open findings by
	 * severity) for an organization of the user's, as of now: the same SVG as the PDFs.
	 */
	@PreAuthorize(GENERATORS)
	@Transactional(readOnly = true)
	public List<ReportPart.Chart> overviewCharts(long organizationId) {
		List<TreeRange> ranges = this.organizations.visibleRanges(organizationId);
		if (ranges.isEmpty()) {
			return List.of();
		}
		String name = this.organizations.fullTree()
			.find(organizationId)
			.map(OrganizationNode::label)
			.orElse("#" + organizationId);
		return this.builder.overviewCharts(new ReportScope(organizationId, name, ranges), this.clock.instant());
	}

	private boolean visible(ReportSummary report) {
		return this.organizations.currentScope().contains(report.organizationId());
	}

	private ReportSummary withProgress(ReportSummary r) {
		return this.progress.of(r.id())
			.filter((step) -> r.status() == ReportStatus.RUNNING || r.status() == ReportStatus.QUEUED)
			.map((step) -> new ReportSummary(r.id(), r.type(), r.title(), r.organizationId(), r.organizationName(),
					r.from(), r.asOf(), r.parameters(), r.requestedBy(), r.requestedAt(), ReportStatus.RUNNING,
					step.percent(), step.note(), r.finishedAt(), r.failure(), r.fileName(), r.sizeBytes(), r.sha256(),
					r.checkpointSize()))
			.orElse(r);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
