package gov.records.governance.compliance;

import gov.records.governance.access.AppRoles;
import gov.records.governance.compliance.rules.GroupFacts;
import gov.records.governance.compliance.rules.Rules;
import gov.records.governance.compliance.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings that held at a past moment, derived from the history instead of observed
 * by a run: the rules evaluated on the settings, schedule items, assignments and holds in
 * force then. Nothing is stored. See DD041 for what the history does not keep.
 */
@Service
public class ComplianceHistory {

	private final ComplianceEngine engine;

	ComplianceHistory(ComplianceEngine engine) {
		this.engine = engine;
	}

	/**
	 * Every group rule's violations at the moment, for every group that existed then (the
	 * caller narrows them to its scope). Drift needs live settings, which have no
	 * history, and accounts have no history either: neither is derived.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<Violation> violationsAt(Instant at) {
		List<GroupFacts> groups = this.engine.factsAsOf(at);
		List<Violation> violations = new ArrayList<>();
		for (GroupFacts group : groups) {
			violations.addAll(Rules.check(group));
		}
		return violations;
	}

}
