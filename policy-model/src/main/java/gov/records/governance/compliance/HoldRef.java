package gov.records.governance.compliance;

import gov.records.governance.holds.HoldKind;

/** An active legal hold as the effective policy cites it. */
public record HoldRef(long id, String caseReference, HoldKind kind, String title) {

	public String label() {
		return this.caseReference + " (" + this.kind.name() + ": " + this.title + ")";
	}

}
