package gov.records.governance.settings;

import java.util.List;

/**
 * What a bulk change would do before anything is saved, over every group the filter
 * matches: how many are already at the settings, how many would apply at once, wait for a
 * records officer or be refused (any refusal means nothing at all is applied), the
 * critical rules behind the refusals, the findings it would open and close in total, and
 * the groups one by one (refused first, at most {@link #LISTED}).
 *
 * @param matching the groups the filter matches
 * @param unchanged the groups already at the proposed settings (left alone)
 * @param wouldApply the groups it would change at once
 * @param needApproval the groups where it loosens retention the schedules require and
 * would wait for a records officer
 * @param refused the groups where it would open a critical finding
 * @param refusingRules each critical rule that refuses it, with how many groups
 * @param findingsOpened the findings it would open, over every group it changes
 * @param findingsClosed the findings it would close, over every group it changes
 * @param groups the groups it changes, refused first, then waiting, then applied, at most
 * {@link #LISTED}
 */
public record BulkPreview(int matching, int unchanged, int wouldApply, int needApproval, int refused,
		List<RefusingRule> refusingRules, int findingsOpened, int findingsClosed, List<GroupImpact> groups) {

	/** The most groups listed one by one; the counts always cover every group. */
	public static final int LISTED = 50;

	public BulkPreview {
		refusingRules = List.copyOf(refusingRules);
		groups = List.copyOf(groups);
	}

	/** Whether the bulk change would be refused as a whole (nothing would change). */
	public boolean isRefused() {
		return this.refused > 0;
	}

	/** How many groups it changes (applied, waiting or refused). */
	public int changed() {
		return this.wouldApply + this.needApproval + this.refused;
	}

	/** How many changed groups the list leaves out. */
	public int notListed() {
		return changed() - this.groups.size();
	}

	/** A critical rule the change would break, and on how many groups. */
	public record RefusingRule(String ruleId, String title, String explanation, int groups) {
	}

	/** What the change would do to one group. */
	public record GroupImpact(long groupId, String groupName, ChangeStatus outcome, int opens, int closes,
			String explanation) {
	}

}
