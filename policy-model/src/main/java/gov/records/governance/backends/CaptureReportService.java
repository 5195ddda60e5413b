package gov.records.governance.backends;

import gov.records.governance.access.AppRoles;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes capture bots' reports (messages received, saved and failed since the previous
 * report) for one platform at a time, validated first, stored as the platform's capture
 * health and audited. A report that changes whether capture is healthy re-evaluates the
 * platform's groups.
 */
@Service
public class CaptureReportService {

	/**
	 * More than any bot can count between two reports; anything above is a broken bot.
	 */
	static final long MAX_COUNT = 1_000_000_000_000L;

	private final JdbcTemplate jdbc;

	private final PlatformService platforms;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaptureReportService(JdbcTemplate jdbc, PlatformService platforms, AuditService audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.platforms = platforms;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('CAPTURE_BOT')")
	public CaptureReport report(long platformId, long received, long saved, long failed) {
		PlatformSummary platform = this.platforms.all()
			.stream()
			.filter((p) -> p.id() == platformId)
			.findFirst()
			.orElseThrow(() -> new ValidationException("No such platform."));
		validate(platform, received, saved, failed);
		Instant now = this.clock.instant();
		Optional<CaptureReport> before = last(platformId);
		Timestamp at = Timestamp.from(now);
		int rows = this.jdbc.update("""
				update capture_health set last_report_at = ?, received = ?, saved = ?, failed = ?, bot_active = true
				where platform_id = ?
				""", at, received, saved, failed, platformId);
		if (rows == 0) {
			this.jdbc.update("""
					insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)
					values (?, ?, ?, ?, ?, true)
					""", platformId, at, received, saved, failed);
		}
		CaptureReport report = new CaptureReport(now, received, saved, failed);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("received", received);
		after.put("saved", saved);
		after.put("failed", failed);
		this.audit.record(AuditEntry.of("capture.reported", "platform", platformId).withAfter(after));
		this.events.publishEvent(new CaptureReported(platformId, before.orElse(null), report));
		return report;
	}

	private Optional<CaptureReport> last(long platformId) {
		return this.jdbc
			.query("select last_report_at, received, saved, failed from capture_health where platform_id = ?",
					(ResultSet rs, int n) -> new CaptureReport(rs.getTimestamp(1).toInstant(), rs.getLong(2),
							rs.getLong(3), rs.getLong(4)),
					platformId)
			.stream()
			.findFirst();
	}

	private static void validate(PlatformSummary platform, long received, long saved, long failed) {
		List<Problem> problems = new ArrayList<>();
		if (!platform.sanctioned()) {
			problems.add(new Problem(0, "platformId",
					platform.name() + " is not sanctioned; the console takes no capture reports for it"));
		}
		count(problems, "received", received);
		count(problems, "saved", saved);
		count(problems, "failed", failed);
		if (problems.isEmpty() && saved + failed > received) {
			problems.add(new Problem(0, "saved",
					"saved plus failed (" + (saved + failed) + ") is more than received (" + received + ")"));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private static void count(List<Problem> problems, String field, long value) {
		if (value < 0) {
			problems.add(new Problem(0, field, "must not be negative"));
		}
		else if (value > MAX_COUNT) {
			problems.add(new Problem(0, field, "is not a believable count (more than " + MAX_COUNT + ")"));
		}
	}

}
