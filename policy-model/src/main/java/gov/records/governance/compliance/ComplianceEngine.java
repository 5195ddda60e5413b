package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.AccountFacts;
import gov.records.governance.compliance.rules.AccountRef;
import gov.records.governance.compliance.rules.CaptureState;
import gov.records.governance.compliance.rules.GroupFacts;
import gov.records.governance.compliance.rules.LiveState;
import gov.records.governance.compliance.rules.Rules;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.RoleCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns loaded facts into group facts and runs every rule over them. No writes. */
@Component
class ComplianceEngine {

	private final ComplianceFactsLoader loader;

	ComplianceEngine(ComplianceFactsLoader loader) {
		this.loader = loader;
	}

	/** The facts of the groups ({@code null}: all of them), ready for the rules. */
	List<GroupFacts> facts(@Nullable Set<Long> groupIds) {
		ComplianceCatalog catalog = this.loader.catalog();
		List<ComplianceFactsLoader.GroupState> groups = this.loader.groups(groupIds);
		return toFacts(catalog, groups, this.loader.memberships(groupIds), this.loader.live(groupIds),
				this.loader.designationForms(), this.loader.groupLocks());
	}

	/**
	 * The facts of every group as they stood at a past moment: its settings, schedules,
	 * assignments and holds in force then. Live settings have no history, so drift is not
	 * derived; accounts' role categories and memberships are taken as they are now.
	 */
	List<GroupFacts> factsAsOf(Instant at) {
		ComplianceCatalog catalog = this.loader.catalog(at, true);
		List<ComplianceFactsLoader.GroupState> groups = this.loader.groupsAsOf(at);
		ComplianceFactsLoader.Memberships memberships = this.loader.memberships(null);
		return toFacts(catalog, groups, memberships, Map.of(), this.loader.designationForms(),
				this.loader.groupLocks());
	}

	private static List<GroupFacts> toFacts(ComplianceCatalog catalog, List<ComplianceFactsLoader.GroupState> groups,
			ComplianceFactsLoader.Memberships memberships, Map<Long, LiveState> live, Map<Long, String> forms,
			Map<Long, PolicySource> locks) {
		Map<Long, Set<RoleCategory>> roles = memberships.roles();
		Map<Long, List<AccountRef>> capstone = memberships.capstone();
		List<GroupFacts> facts = new ArrayList<>(groups.size());
		for (ComplianceFactsLoader.GroupState g : groups) {
			EffectivePolicy policy = EffectivePolicyCalculator
				.compute(catalog.inputsFor(g.id(), g.organizationId(), roles.getOrDefault(g.id(), Set.of())));
			policy = CapstoneAuthority.explain(policy, capstone.getOrDefault(g.id(), List.of()), forms);
			policy = CapstoneAuthority.locked(policy, locks.get(g.id()));
			ComplianceCatalog.Platform platform = catalog.platforms().get(g.platformId());
			CaptureState capture = (platform != null) ? platform.capture() : CaptureState.NEVER_REPORTED;
			facts.add(new GroupFacts(g.id(), g.name(), g.organizationId(), g.platformId(),
					(platform != null) ? platform.name() : "", g.settings(), g.reason(), policy,
					capstone.getOrDefault(g.id(), List.of()), capture, live.get(g.id())));
		}
		return facts;
	}

	/** Every violation by the groups, and by accounts when the run covers everything. */
	List<Violation> evaluate(List<GroupFacts> groups, boolean includeAccounts) {
		List<Violation> violations = new ArrayList<>();
		for (GroupFacts group : groups) {
			violations.addAll(Rules.check(group));
		}
		if (includeAccounts) {
			for (AccountFacts account : this.loader.unsanctionedAccounts()) {
				Rules.ACCOUNT_RULE.check(account).ifPresent(violations::add);
			}
		}
		return violations;
	}

}
