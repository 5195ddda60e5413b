package gov.records.governance.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.records.governance.fuzzing.Refusals;
import gov.records.governance.shared.TextFiles;
import gov.records.governance.shared.ValidationException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Fuzzes a device-management inventory upload up to what would be written: refused whole
 * in plain words, or rows whose every value is present, short enough and believable, and
 * that read back the same after being written as CSV. Seeds and past findings are in
 * {@code InventoryCsvFuzzTestInputs}.
 */
class InventoryCsvFuzzTest {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	@FuzzTest(maxDuration = "5s")
	void inventory(byte[] content) {
		List<InventoryRow> rows;
		try {
			rows = InventoryCsv.read(TextFiles.utf8(content, DeviceInventoryService.MAX_BYTES, "device inventory"),
					NOW);
		}
		catch (ValidationException refusal) {
			Refusals.assertRefused(refusal, content);
			return;
		}
		assertThat(rows).isNotEmpty();
		for (InventoryRow row : rows) {
			for (String value : List.of(row.device(), row.user(), row.app())) {
				assertThat(value).isNotBlank().hasSizeLessThanOrEqualTo(InventoryCsv.MAX_VALUE);
			}
			assertThat(row.lastSeen()).isBetween(Instant.parse("2000-01-01T00:00:00Z"), NOW.plus(Duration.ofDays(1)));
			KnownApp.match(row.app());
			PersonDirectory.key(row.user());
		}
		List<InventoryRow> again = InventoryCsv.read(csv(rows), NOW);
		assertThat(again)
			.extracting(InventoryRow::device, InventoryRow::user, InventoryRow::app, InventoryRow::lastSeen)
			.as("written back as CSV and read again")
			.isEqualTo(rows.stream()
				.map((r) -> org.assertj.core.groups.Tuple.tuple(r.device(), r.user(), r.app(), r.lastSeen()))
				.toList());
	}

	private static String csv(List<InventoryRow> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader("device", "user", "bundle id", "last seen").get())) {
			for (InventoryRow row : rows) {
				printer.printRecord(row.device(), row.user(), row.app(), row.lastSeen().toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
