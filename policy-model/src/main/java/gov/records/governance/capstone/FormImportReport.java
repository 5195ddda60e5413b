package gov.records.governance.capstone;

import java.util.List;

/**
 * What an import did: the file's layout, the forms added and those already imported as
 * they are, the forms the new ones superseded, and the remarks on what was read
 * generously.
 */
public record FormImportReport(String format, List<String> created, List<String> unchanged, List<String> superseded,
		List<String> remarks) {

	public FormImportReport {
		created = List.copyOf(created);
		unchanged = List.copyOf(unchanged);
		superseded = List.copyOf(superseded);
		remarks = List.copyOf(remarks);
	}

}
