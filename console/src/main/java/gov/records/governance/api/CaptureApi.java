package gov.records.governance.api;

import gov.records.governance.backends.CaptureReport;
import gov.records.governance.backends.CaptureReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where capture bots report (role {@code CAPTURE_BOT} only): messages received, saved and
 * failed for one platform since the bot's previous report. Refusals are 400 with every
 * problem; nothing is stored then.
 */
@RestController
class CaptureApi {

	private final CaptureReportService reports;

	CaptureApi(CaptureReportService reports) {
		this.reports = reports;
	}

	/** A report on the wire; every field is required. */
	record ReportBody(@Nullable Long platformId, @Nullable Long received, @Nullable Long saved, @Nullable Long failed) {
	}

	@PostMapping("/api/capture/reports")
	CaptureReport report(@RequestBody(required = false) @Nullable ReportBody body) {
		if (body == null || body.platformId() == null || body.received() == null || body.saved() == null
				|| body.failed() == null) {
			throw new IllegalArgumentException(
					"Send {\"platformId\": n, \"received\": n, \"saved\": n, \"failed\": n}; every field is required.");
		}
		return this.reports.report(body.platformId(), body.received(), body.saved(), body.failed());
	}

}
