package gov.records.governance.schedules;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes schedule import of The console's own CSV layout (what Export CSV writes):
 * refused whole in plain words, or stored items that fit their columns and survive an
 * export and re-import ({@link ImportProperty}). Seeds and past findings are in
 * {@code ScheduleCsvFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ScheduleCsvFuzzTest {

	@FuzzTest(maxDuration = "5s")
	void consoleCsv(byte[] content) {
		ImportProperty.holds("items.csv", content);
	}

}
