package gov.records.governance.schedules;

/**
 * What an import did: how many items it created, changed, and found already identical.
 */
public record ImportReport(String format, int created, int updated, int unchanged) {

	public int total() {
		return this.created + this.updated + this.unchanged;
	}

}
