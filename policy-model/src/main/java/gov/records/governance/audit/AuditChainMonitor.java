package gov.records.governance.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the whole chain soon after start-up and then every hour (a deleted or edited
 * event deep in the log touches no append, so only a full pass finds it), and reports the
 * outcome to the {@link AuditChainAlarm}. A million events take about a second.
 */
@Component
public class AuditChainMonitor {

	private final JdbcTemplate jdbc;

	private final AuditChainAlarm alarm;

	AuditChainMonitor(JdbcTemplate jdbc, AuditChainAlarm alarm) {
		this.jdbc = jdbc;
		this.alarm = alarm;
	}

	/** Checks every link now; the alarm is raised or cleared accordingly. */
	@Scheduled(initialDelayString = "${governance.log.chain-check-delay:PT20S}",
			fixedDelayString = "${governance.log.chain-check-every:PT1H}")
	@Transactional(readOnly = true)
	public ChainVerification check() {
		ChainVerification result = AuditLogService.verify(this.jdbc);
		this.alarm.verified(result);
		return result;
	}

}
