package gov.records.governance.compliance;

import gov.records.governance.backends.DriftCounts;
import gov.records.governance.compliance.rules.DriftRule;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open findings across the whole department, without a user: counts only, by severity for
 * the console's metrics (the views count within the user's scope through
 * {@link FindingService}) and drift by platform for the backends' platform health.
 */
@Service
public class OpenFindingCounts implements DriftCounts {

	private final JdbcClient jdbc;

	OpenFindingCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every severity, with 0 where nothing is open. */
	@Transactional(readOnly = true)
	public Map<Severity, Long> departmentWide() {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		this.jdbc.sql("select severity, count(*) from finding where resolved_at is null group by severity")
			.query((rs) -> {
				counts.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> openByPlatform() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select platform_id, count(*) from finding where rule_id = ? and resolved_at is null"
					+ " group by platform_id")
			.param(DriftRule.INFO.id())
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

}
