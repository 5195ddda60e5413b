package gov.records.governance.compliance.rules;

import gov.records.governance.compliance.Severity;

/**
 * A rule's identity: id, severity, a one-line explanation citing the law, and how to fix
 * it.
 */
public record RuleInfo(String id, Severity severity, String title, String explanation, String remediation) {
}
