package gov.records.governance.compliance.rules;

import java.util.List;
import java.util.Optional;

/** Every rule the engine runs, in the order findings are listed. */
public final class Rules {

	public static final List<GroupRule> GROUP_RULES = List.of(new UnscheduledAutoDeleteRule(),
			new LifetimeBelowRetentionRule(), new CapstoneWithoutCaptureRule(), new HoldAutoDeleteRule(),
			new CaptureStaleRule(), new MissingReasonRule(), new DriftRule(), new RetentionLockRule());

	public static final UnsanctionedPlatformRule ACCOUNT_RULE = new UnsanctionedPlatformRule();

	public static final List<RuleInfo> ALL = List.of(UnscheduledAutoDeleteRule.INFO, LifetimeBelowRetentionRule.INFO,
			CapstoneWithoutCaptureRule.INFO, HoldAutoDeleteRule.INFO, UnsanctionedPlatformRule.INFO,
			CaptureStaleRule.INFO, MissingReasonRule.INFO, DriftRule.INFO, RetentionLockRule.INFO);

	private Rules() {
	}

	public static Optional<RuleInfo> find(String id) {
		return ALL.stream().filter((rule) -> rule.id().equals(id)).findFirst();
	}

	/** Every violation of every group rule by one group. */
	public static List<Violation> check(GroupFacts group) {
		return GROUP_RULES.stream().map((rule) -> rule.check(group)).flatMap(Optional::stream).toList();
	}

}
