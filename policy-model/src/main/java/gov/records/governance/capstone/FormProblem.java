package gov.records.governance.capstone;

import gov.records.governance.shared.Problem;

/**
 * What could not be read in an imported form: which form (its position in the file from
 * 1, and its number as written, or empty), which field, and why.
 */
public record FormProblem(int position, String form, String field, String reason) {

	Problem asProblem() {
		String which = this.form.isBlank() ? "form " + this.position : "form " + this.form;
		return new Problem(this.position, this.field, which + ": " + this.reason);
	}

	@Override
	public String toString() {
		return asProblem().toString();
	}

}
