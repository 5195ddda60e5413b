package gov.records.governance.compliance;

import gov.records.governance.groups.RoleCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes a group's effective policy from its inputs with the precedence of
 * {@code domain.md}: keeping beats deleting; a hold beats every schedule; the more
 * specific assignment beats an inherited one (group, then the nearest organization, then
 * role categories); within one level the longest required retention wins. With no
 * schedule at all the records are unscheduled and must be treated as permanent. Pure and
 * thread-safe.
 */
public final class EffectivePolicyCalculator {

	private EffectivePolicyCalculator() {
	}

	public static EffectivePolicy compute(PolicyInputs inputs) {
		List<PolicySource> sources = new ArrayList<>();
		List<String> explanation = new ArrayList<>();
		Requirement scheduled = scheduled(inputs, sources, explanation);
		Requirement effective = scheduled;
		if (!inputs.holds().isEmpty()) {
			effective = Requirement.HOLD;
			for (HoldRef hold : inputs.holds()) {
				sources.addFirst(new PolicySource(PolicySource.Kind.HOLD, hold.label(), Requirement.HOLD, true));
			}
			explanation.addFirst("Active legal hold "
					+ String.join(", ", inputs.holds().stream().map(HoldRef::label).toList())
					+ " freezes disposition: nothing may auto-delete while it lasts (36 CFR 1236.20(b)(7)); the schedules "
					+ "alone would require: " + scheduled.label() + ".");
		}
		return new EffectivePolicy(effective, scheduled, sources, explanation);
	}

	private static Requirement scheduled(PolicyInputs inputs, List<PolicySource> sources, List<String> explanation) {
		if (!inputs.groupItems().isEmpty()) {
			Requirement result = strictest(inputs.groupItems(), PolicySource.Kind.GROUP_ASSIGNMENT, "", sources, true);
			explanation.add("Assigned to this group directly: " + labels(inputs.groupItems()) + "; this overrides any "
					+ "inherited assignment. Required retention: " + result.label() + ".");
			addInherited(inputs, sources);
			return result;
		}
		for (PolicyInputs.OrganizationItems org : inputs.organizationItems()) {
			if (!org.items().isEmpty()) {
				Requirement result = strictest(org.items(), PolicySource.Kind.ORGANIZATION_ASSIGNMENT,
						" (inherited from " + org.organizationName() + ")", sources, true);
				explanation.add("Inherited from " + org.organizationName() + ": " + labels(org.items())
						+ ". Required retention: " + result.label() + ".");
				addRoleCategories(inputs, sources, false);
				return result;
			}
		}
		if (!inputs.roleCategoryItems().isEmpty()) {
			Requirement result = addRoleCategories(inputs, sources, true);
			explanation.add("No schedule item is assigned to the group or its organizations; its accounts' role "
					+ "categories apply and the longest retention wins: " + result.label() + ".");
			return result;
		}
		sources
			.add(new PolicySource(PolicySource.Kind.NONE, "No schedule item applies", Requirement.UNSCHEDULED, true));
		explanation.add("No schedule item applies to this group: unscheduled records must be treated as permanent "
				+ "(36 CFR 1220.18).");
		return Requirement.UNSCHEDULED;
	}

	private static void addInherited(PolicyInputs inputs, List<PolicySource> sources) {
		for (PolicyInputs.OrganizationItems org : inputs.organizationItems()) {
			for (ScheduleItemRef item : org.items()) {
				sources.add(new PolicySource(PolicySource.Kind.ORGANIZATION_ASSIGNMENT,
						item.label() + " (inherited from " + org.organizationName() + ", overridden)",
						item.requirement(), false));
			}
		}
		addRoleCategories(inputs, sources, false);
	}

	private static Requirement addRoleCategories(PolicyInputs inputs, List<PolicySource> sources, boolean decisive) {
		Requirement strictest = Requirement.NO_MINIMUM;
		for (Map.Entry<RoleCategory, List<ScheduleItemRef>> entry : inputs.roleCategoryItems().entrySet()) {
			for (ScheduleItemRef item : entry.getValue()) {
				sources.add(new PolicySource(PolicySource.Kind.ROLE_CATEGORY,
						item.label() + " (accounts in role " + entry.getKey().label() + ")", item.requirement(),
						false));
				strictest = max(strictest, item.requirement());
			}
		}
		if (decisive) {
			markDecisive(sources, PolicySource.Kind.ROLE_CATEGORY, strictest);
		}
		return strictest;
	}

	private static Requirement strictest(List<ScheduleItemRef> items, PolicySource.Kind kind, String suffix,
			List<PolicySource> sources, boolean decisive) {
		Requirement strictest = Requirement.NO_MINIMUM;
		for (ScheduleItemRef item : items) {
			strictest = max(strictest, item.requirement());
		}
		for (ScheduleItemRef item : items) {
			boolean wins = decisive && item.requirement().equals(strictest);
			sources.add(new PolicySource(kind, item.label() + suffix, item.requirement(), wins));
		}
		return strictest;
	}

	private static void markDecisive(List<PolicySource> sources, PolicySource.Kind kind, Requirement winner) {
		for (int i = 0; i < sources.size(); i++) {
			PolicySource s = sources.get(i);
			if (s.kind() == kind && s.requirement().equals(winner)) {
				sources.set(i, new PolicySource(s.kind(), s.label(), s.requirement(), true));
			}
		}
	}

	private static Requirement max(Requirement a, Requirement b) {
		return (Requirement.STRICTNESS.compare(a, b) >= 0) ? a : b;
	}

	private static String labels(List<ScheduleItemRef> items) {
		return String.join(", ", items.stream().map(ScheduleItemRef::label).toList());
	}

}
