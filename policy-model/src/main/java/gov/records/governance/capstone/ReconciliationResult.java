package gov.records.governance.capstone;

/**
 * What one reconciliation in a compliance run changed in the stored findings: how many it
 * opened and resolved, and how many are open after it.
 */
public record ReconciliationResult(int opened, int resolved, int openAfter) {

}
