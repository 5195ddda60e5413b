/**
 * The compliance rules: each a named check with a severity, the rule of law it cites and
 * a remediation hint.
 */
@NullMarked
package gov.records.governance.compliance.rules;

import org.jspecify.annotations.NullMarked;
