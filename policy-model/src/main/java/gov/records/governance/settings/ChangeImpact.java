package gov.records.governance.settings;

import gov.records.governance.compliance.ComplianceService;
import gov.records.governance.compliance.GroupAssessment;
import gov.records.governance.compliance.ProposedAssessment;
import gov.records.governance.compliance.Severity;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.capabilities.PlatformCapabilities;
import gov.records.governance.holds.HoldCoverage;
import gov.records.governance.shared.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Works out what a change would do: runs the compliance engine on the current and the
 * proposed settings and compares. A change that would open a critical finding is refused;
 * one that loosens retention where the group's requirement asks for more needs a records
 * officer's approval. Before either, a change that would let messages an active hold
 * covers be deleted sooner is refused ({@link HoldFreeze}): no approval lifts a hold.
 */
@Component
class ChangeImpact {

	private final ComplianceService compliance;

	private final HoldCoverage holds;

	ChangeImpact(ComplianceService compliance, HoldCoverage holds) {
		this.compliance = compliance;
		this.holds = holds;
	}

	ImpactPreview of(GroupDetails group, DeletionSettings proposed, String reason) {
		long id = group.group().id();
		DeletionSettings current = group.group().settings();
		ProposedAssessment both = this.compliance.compare(id, proposed, reason)
			.orElseThrow(() -> new ValidationException("No such group."));
		GroupAssessment now = both.current();
		GroupAssessment then = both.proposed();
		Set<String> before = keys(now.violations());
		Set<String> after = keys(then.violations());
		List<Violation> open = then.violations().stream().filter((v) -> !before.contains(v.key())).toList();
		List<Violation> close = now.violations().stream().filter((v) -> !after.contains(v.key())).toList();
		List<Violation> remain = then.violations().stream().filter((v) -> before.contains(v.key())).toList();
		boolean loosens = SettingsValidator.loosens(current, proposed);
		List<Violation> newCritical = open.stream().filter((v) -> v.rule().severity() == Severity.CRITICAL).toList();
		List<String> frozen = HoldFreeze.loosenings(current, proposed);
		List<String> frozenBy = frozen.isEmpty() ? List.of() : this.holds.on(id);
		ChangeStatus outcome;
		String explanation;
		if (!frozenBy.isEmpty()) {
			outcome = ChangeStatus.REFUSED;
			explanation = "Refused: " + HoldFreeze.explanation(group.group().name(), new TreeSet<>(frozenBy), frozen);
		}
		else if (!newCritical.isEmpty()) {
			outcome = ChangeStatus.REFUSED;
			explanation = "Refused: it would open " + newCritical.size() + " critical finding(s): "
					+ newCritical.stream()
						.map((v) -> v.rule().title() + " (" + v.rule().explanation() + ")")
						.collect(Collectors.joining("; "));
		}
		else if (loosens && !then.policy().requirement().permitsDeletionAfter(proposed.maxLifetime())) {
			outcome = ChangeStatus.PENDING_APPROVAL;
			explanation = "It loosens retention while the group must keep messages "
					+ then.policy().requirement().label().toLowerCase(java.util.Locale.ROOT)
					+ ": a records officer must approve it before it applies.";
		}
		else {
			outcome = ChangeStatus.APPLIED;
			explanation = "It will apply at once and be pushed to " + group.group().platformName() + ".";
		}
		return new ImpactPreview(id, group.group().name(), current, proposed, then.policy(), open, close, remain,
				loosens, outcome, explanation, frozenBy,
				group.group().platformName() + ": " + PlatformCapabilities.of(group.group().platformKind()).allowed());
	}

	private static Set<String> keys(List<Violation> violations) {
		return violations.stream().map(Violation::key).collect(Collectors.toSet());
	}

}
