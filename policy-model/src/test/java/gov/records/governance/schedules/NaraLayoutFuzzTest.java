package gov.records.governance.schedules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the NARA GRS layout: the fuzzer writes the rows under NARA's own header line, so
 * its effort goes into the cells ({@link NaraRows}) rather than into finding the header.
 * Refused whole in plain words, or stored items that fit and round-trip
 * ({@link ImportProperty}).
 */
class NaraLayoutFuzzTest {

	/** The header of NARA's GRS spreadsheet (transmittal 36). */
	static final String HEADER = "GRS ID,Record Title,Classification (General),Legal Citation,Disposition,"
			+ "Retention (Years),Retention Type,Event Type (General),Longer Retention Authorized?,"
			+ "Deviations Allowed?,Disposition Authority,Superseded by,Last Updated,Comments\r\n";

	@FuzzTest(maxDuration = "5s")
	void naraRows(byte[] rows) {
		byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[header.length + rows.length];
		System.arraycopy(header, 0, file, 0, header.length);
		System.arraycopy(rows, 0, file, header.length, rows.length);
		ImportProperty.holds("grs.csv", file);
	}

}
