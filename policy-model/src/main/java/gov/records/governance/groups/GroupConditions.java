package gov.records.governance.groups;

import gov.records.governance.groups.GroupFilter.Attention;

/**
 * The SQL conditions behind {@link Attention}, over a group aliased {@code g} and its
 * organization aliased {@code o}: the Groups list filters with them and the dashboard
 * counts with them, so a figure and the list behind its link always agree (DD058). Only
 * the held groups' condition takes a parameter: the ids of {@link #HELD_GROUP_IDS}.
 */
public final class GroupConditions {

	/**
	 * A critical or high finding, over a finding aliased {@code nf}, open or not: with
	 * {@code FindingConditions.openAt("nf")} the non-compliance of a past moment (DD080).
	 */
	public static final String SEVERE_FINDING = "nf.severity in ('CRITICAL', 'HIGH')";

	/**
	 * An open critical or high finding, over a finding aliased {@code nf}: the condition
	 * behind {@link #NON_COMPLIANT}, which the dashboard also counts by (DD058).
	 */
	public static final String OPEN_SEVERE_FINDING = "nf.resolved_at is null and " + SEVERE_FINDING;

	/**
	 * The deletion settings version aliased {@code v} that was in force at a past moment
	 * (DD066): the history keeps every version with its interval. Takes the moment twice.
	 */
	public static final String VERSION_IN_FORCE_AT = "v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)";

	/** An open critical or high finding on the group. */
	public static final String NON_COMPLIANT = "exists (select 1 from finding nf where nf.group_id = g.id and "
			+ OPEN_SEVERE_FINDING + ")";

	/** An open drift finding on the group. */
	public static final String DRIFTED = "exists (select 1 from finding df where df.group_id = g.id"
			+ " and df.resolved_at is null and df.rule_id = 'SETTINGS_DRIFT')";

	/**
	 * The groups an active hold names: itself, an organization above it, or one of its
	 * members. One read without parameters; the Groups list then keeps the groups among
	 * these ids ({@link #AMONG_IDS}, DD082). As a condition evaluated for every group
	 * (three subqueries each) the first page of the held groups took 0.5 s at
	 * {@code large}.
	 */
	public static final String HELD_GROUP_IDS = """
			select hs.group_id from legal_hold_scope hs join legal_hold h on h.id = hs.hold_id
			where h.released_at is null and hs.group_id is not null
			union
			select hg.id from legal_hold_scope hs join legal_hold h on h.id = hs.hold_id
			join organization ho on ho.id = hs.organization_id
			join organization og on og.tree_left between ho.tree_left and ho.tree_right
			join messaging_group hg on hg.organization_id = og.id
			where h.released_at is null
			union
			select hm.group_id from legal_hold_scope hs join legal_hold h on h.id = hs.hold_id
			join group_membership hm on hm.account_id = hs.account_id
			where h.released_at is null""";

	/**
	 * The group is one of the ids of an array parameter (the ids of
	 * {@link #HELD_GROUP_IDS}).
	 */
	public static final String AMONG_IDS = "g.id = any(?)";

	/**
	 * A push of the version in force that failed for good and was not applied since.
	 */
	public static final String FAILED_PUSH = """
			exists (select 1 from outbox fo
			        join deletion_policy_version fv on fv.id = fo.policy_version_id and fv.valid_to is null
			        where fo.group_id = g.id and fo.status = 'FAILED'
			          and not exists (select 1 from outbox fa where fa.group_id = fo.group_id
			                          and fa.policy_version_id = fo.policy_version_id and fa.status = 'APPLIED'))""";

	private GroupConditions() {
	}

	/** The condition for one attention value. */
	public static String of(Attention attention) {
		return switch (attention) {
			case NON_COMPLIANT -> NON_COMPLIANT;
			case DRIFTED -> DRIFTED;
			case ON_HOLD -> AMONG_IDS;
			case FAILED_PUSH -> FAILED_PUSH;
		};
	}

	/**
	 * Whether the condition takes the ids of {@link #HELD_GROUP_IDS} as its parameter.
	 */
	static boolean takesHeldIds(Attention attention) {
		return attention == Attention.ON_HOLD;
	}

}
