package gov.records.governance.schedules;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes schedule import of The console's JSON export format: refused whole in plain
 * words, or stored items that fit their columns and survive an export and re-import
 * ({@link ImportProperty}). Seeds and past findings are in
 * {@code ScheduleJsonFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ScheduleJsonFuzzTest {

	@FuzzTest(maxDuration = "5s")
	void json(byte[] content) {
		ImportProperty.holds("items.json", content);
	}

}
