package gov.records.governance.reports;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How far each running report is, in memory: the list and the view read it while the row
 * in the database says RUNNING; gone once the report is done.
 */
@Component
class ReportProgress {

	record Step(int percent, String note) {
	}

	private final Map<Long, Step> running = new ConcurrentHashMap<>();

	void set(long reportId, int percent, String note) {
		this.running.put(reportId, new Step(Math.max(1, Math.min(99, percent)), note));
	}

	void clear(long reportId) {
		this.running.remove(reportId);
	}

	Optional<Step> of(long reportId) {
		return Optional.ofNullable(this.running.get(reportId));
	}

}
