package gov.records.governance.holds;

/** Published after a hold was placed or released, so compliance can be re-evaluated. */
public record HoldsChanged(String caseReference) {
}
