package gov.records.governance.schedules;

/**
 * What an import did: how many items it created, changed, and found already identical,
 * and how many rows it skipped (NARA's rows for superseded items the catalogue does not
 * hold).
 */
public record ImportReport(String format, int created, int updated, int unchanged, int skipped) {

	public int total() {
		return this.created + this.updated + this.unchanged;
	}

}
