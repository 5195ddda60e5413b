package gov.records.governance.schedules;

import java.util.List;

/**
 * What an import did: how many items it created, changed, and found already identical,
 * how many rows it skipped (NARA's rows for superseded items the catalogue does not
 * hold), and which fields it kept as records officers set them where the file said
 * otherwise.
 */
public record ImportReport(String format, int created, int updated, int unchanged, int skipped, List<KeptField> kept) {

	public ImportReport {
		kept = List.copyOf(kept);
	}

	public int total() {
		return this.created + this.updated + this.unchanged;
	}

}
