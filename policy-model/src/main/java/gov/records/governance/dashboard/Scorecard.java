package gov.records.governance.dashboard;

import gov.records.governance.organizations.OrganizationNode;
import java.util.List;

/**
 * One component's figures within the user's scope. {@code compliant} counts groups with
 * no open critical or high finding; {@code trend} is the number of open critical and high
 * findings at the end of each of the last 90 days, oldest first, today last.
 */
public record Scorecard(OrganizationNode component, long groups, long compliant, long critical, long high,
		long autoDeleteWithoutCapture, long drifted, long unsanctionedAccounts, long captured, List<Long> trend) {

	public Scorecard {
		trend = List.copyOf(trend);
	}

	public long nonCompliant() {
		return this.groups - this.compliant;
	}

	/** Whole percent of groups that are compliant; 100 when there are no groups. */
	public int compliancePercent() {
		return percent(this.compliant, this.groups);
	}

	/** Whole percent of groups whose capture for records is configured on. */
	public int capturePercent() {
		return percent(this.captured, this.groups);
	}

	static int percent(long part, long whole) {
		return (whole == 0) ? 100 : (int) Math.floor(100.0 * part / whole);
	}

}
