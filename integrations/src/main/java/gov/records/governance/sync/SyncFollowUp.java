package gov.records.governance.sync;

import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.DriftedGroup;
import gov.records.governance.backends.SyncResult;
import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.groups.PlatformControls.Difference;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.settings.OutboxService;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What follows a successful sync: the findings of the groups whose live state changed are
 * brought up to date (all of them when capture changed, which touches every group), and
 * on a platform with automatic remediation every drifted group gets its governed settings
 * pushed back through the outbox (audited, one event per group). Remediation is queued
 * after the findings are stored, so the drift stays on record.
 */
@Component
class SyncFollowUp {

	private static final Logger log = LoggerFactory.getLogger(SyncFollowUp.class);

	/** Above this many changed groups, one full run is cheaper than a list of ids. */
	static final int FULL_RUN_ABOVE = 2_000;

	private final ComplianceService compliance;

	private final BackendStatusService status;

	private final OutboxService outbox;

	SyncFollowUp(ComplianceService compliance, BackendStatusService status, OutboxService outbox) {
		this.compliance = compliance;
		this.status = status;
		this.outbox = outbox;
	}

	void afterSync(PlatformSummary platform, SyncResult result) {
		String trigger = "sync of " + platform.name();
		try {
			if (result.captureChanged() || result.changedGroupIds().size() > FULL_RUN_ABOVE) {
				this.compliance.evaluateAll(trigger);
			}
			else if (!result.changedGroupIds().isEmpty()) {
				this.compliance.evaluateGroups(result.changedGroupIds(), trigger);
			}
		}
		catch (RuntimeException ex) {
			log.error("Re-evaluating after the {} failed", trigger, ex);
		}
		if (platform.autoRemediate()) {
			remediate(platform);
		}
	}

	private void remediate(PlatformSummary platform) {
		int queued = 0;
		for (DriftedGroup group : this.status.drifted(platform.id(), platform.kind())) {
			String why = "Drift on " + platform.name() + " remediated automatically: "
					+ group.differences().stream().map(Difference::toString).collect(Collectors.joining("; "));
			if (this.outbox.queueRemediation(group.groupId(), group.policyVersionId(), group.governed(), group.live(),
					why)) {
				queued++;
			}
		}
		if (queued > 0) {
			log.info("Queued {} pushes to bring {} back to its governed settings", queued, platform.name());
		}
	}

}
