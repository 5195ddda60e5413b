package gov.records.governance.shared;

/**
 * One thing wrong with an input: where (a row number from 1, counting the header as row 1
 * in CSV; or 0 for the whole file), which column or field, and why, in words a records
 * officer understands.
 */
public record Problem(int row, String column, String reason) {

	public static Problem file(String reason) {
		return new Problem(0, "", reason);
	}

	@Override
	public String toString() {
		return ((this.row > 0) ? "Row " + this.row + ", " : "") + (this.column.isEmpty() ? "" : this.column + ": ")
				+ this.reason;
	}

}
