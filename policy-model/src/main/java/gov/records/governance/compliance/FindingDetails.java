package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.RuleInfo;
import java.util.Map;

/** A finding with the rule it breaks and the evidence recorded when it was last seen. */
public record FindingDetails(FindingRow finding, RuleInfo rule, Map<String, Object> evidence) {
}
