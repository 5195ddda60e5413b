package gov.records.governance.compliance;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open findings by severity across the whole department, without a user: counts only, for
 * the console's metrics (the views count within the user's scope through
 * {@link FindingService}).
 */
@Service
public class OpenFindingCounts {

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

}
