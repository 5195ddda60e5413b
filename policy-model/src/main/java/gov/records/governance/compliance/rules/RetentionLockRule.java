package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.PolicySource;
import gov.records.governance.compliance.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's settings delete messages sooner than the retention a records officer locked
 * for it (DD052). Critical, so the guardrail refuses every change that would do it, on
 * every path (a single change, a bulk change, an approval, the REST API), and no approval
 * lets it through; with or without capture, since the lock is on the group itself.
 */
public final class RetentionLockRule implements GroupRule {

	public static final RuleInfo INFO = new RuleInfo("RETENTION_LOCK", Severity.CRITICAL,
			"Settings delete sooner than a retention lock allows",
			"A records officer locked this group's minimum retention: a locked requirement can be extended, never "
					+ "shortened or removed, by anyone, including an administrator or an approval; a recordkeeping system "
					+ "must prevent unauthorized change or deletion of records (36 CFR 1236.20(b)).",
			"Keep the message lifetime at or above the locked retention, or turn auto-delete off.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public Optional<Violation> check(GroupFacts g) {
		if (!g.settings().autoDelete()) {
			return Optional.empty();
		}
		List<PolicySource> broken = g.policy()
			.sources()
			.stream()
			.filter((s) -> s.kind() == PolicySource.Kind.LOCK)
			.filter((s) -> !s.requirement().permitsDeletionAfter(g.settings().maxLifetime()))
			.toList();
		if (broken.isEmpty()) {
			return Optional.empty();
		}
		List<String> locks = broken.stream().map(PolicySource::label).toList();
		return Optional.of(violation(g, g.groupName() + " deletes messages after " + g.settings().lifetimeText()
				+ ", sooner than " + String.join(", ", locks) + " allows.", Map.of("locks", locks)));
	}

}
