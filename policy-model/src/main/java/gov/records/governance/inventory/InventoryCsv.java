package gov.records.governance.inventory;

import gov.records.governance.shared.CsvErrors;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a device inventory exported from mobile-device management: a CSV with a header
 * naming the device, its user, the app (a name, a bundle id, or both in two columns) and
 * when the device was last seen. Header names are matched loosely (case, spaces and
 * punctuation ignored; common MDM spellings accepted). Every bad row is reported, as row,
 * column and reason; times without a zone are UTC.
 */
final class InventoryCsv {

	static final int MAX_ROWS = 200_000;

	static final int MAX_VALUE = 200;

	private static final List<String> DEVICE = List.of("device", "devicename", "deviceid", "serialnumber", "serial");

	private static final List<String> USER = List.of("user", "username", "userprincipalname", "upn", "email",
			"useremail", "owner", "primaryuser");

	private static final List<String> APP_NAME = List.of("app", "appname", "application", "applicationname", "name");

	private static final List<String> APP_ID = List.of("bundleid", "appid", "packagename", "package", "identifier",
			"applicationid");

	private static final List<String> LAST_SEEN = List.of("lastseen", "lastseenat", "lastcheckin", "lastcheckedin",
			"lastsync", "lastcontact");

	private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]", Locale.ROOT),
			DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]", Locale.ROOT),
			DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.US));

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private InventoryCsv() {
	}

	/** Every row, or a refusal listing every problem found. */
	static List<InventoryRow> read(String text, Instant now) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
			Map<String, Integer> headers = new HashMap<>();
			List<String> names = parser.getHeaderNames();
			for (int i = 0; i < names.size(); i++) {
				headers.putIfAbsent(normal(names.get(i)), i);
			}
			List<Problem> problems = new ArrayList<>();
			Columns columns = columns(headers, problems);
			if (columns == null) {
				throw new ValidationException(problems);
			}
			List<InventoryRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				if (rows.size() >= MAX_ROWS) {
					problems.add(Problem.file("More than " + MAX_ROWS + " rows; split the inventory."));
					break;
				}
				if (record.size() != names.size()) {
					problems.add(new Problem(row, "",
							"has " + record.size() + " values but the header has " + names.size() + " columns"));
					continue;
				}
				InventoryRow parsed = row(record, row, columns, now, problems);
				if (parsed != null) {
					rows.add(parsed);
				}
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(Problem.file("The file has a header but no rows."));
			}
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw CsvErrors.unreadable(ex);
		}
	}

	private record Columns(int device, int user, @Nullable Integer appName, @Nullable Integer appId, int lastSeen) {
	}

	private static @Nullable Columns columns(Map<String, Integer> headers, List<Problem> problems) {
		Integer device = find(headers, DEVICE);
		Integer user = find(headers, USER);
		Integer appName = find(headers, APP_NAME);
		Integer appId = find(headers, APP_ID);
		Integer lastSeen = find(headers, LAST_SEEN);
		if (device == null) {
			problems.add(new Problem(1, "device", "no column for the device (e.g. \"device\")"));
		}
		if (user == null) {
			problems.add(new Problem(1, "user", "no column for the user (e.g. \"user\" or \"email\")"));
		}
		if (appName == null && appId == null) {
			problems.add(new Problem(1, "app", "no column for the app (\"app name\" or \"bundle id\")"));
		}
		if (lastSeen == null) {
			problems.add(new Problem(1, "last seen", "no column for when the device was last seen"));
		}
		return problems.isEmpty() ? new Columns(device, user, appName, appId, lastSeen) : null;
	}

	private static @Nullable InventoryRow row(CSVRecord record, int row, Columns c, Instant now,
			List<Problem> problems) {
		int before = problems.size();
		String device = required(record, c.device(), row, "device", problems);
		String user = required(record, c.user(), row, "user", problems);
		String name = (c.appName() != null) ? record.get(c.appName()) : "";
		String id = (c.appId() != null) ? record.get(c.appId()) : "";
		String app = KnownApp.match(id).isPresent() || name.isBlank() ? id : name;
		if (app.isBlank()) {
			problems.add(new Problem(row, "app", "is empty"));
		}
		else if (app.length() > MAX_VALUE) {
			problems.add(new Problem(row, "app", "is longer than " + MAX_VALUE + " characters"));
		}
		Instant lastSeen = lastSeen(record.get(c.lastSeen()), row, now, problems);
		return (problems.size() > before || lastSeen == null) ? null
				: new InventoryRow(row, device, user, app, lastSeen);
	}

	private static String required(CSVRecord record, int column, int row, String name, List<Problem> problems) {
		String value = record.get(column);
		if (value.isBlank()) {
			problems.add(new Problem(row, name, "is empty"));
		}
		else if (value.length() > MAX_VALUE) {
			problems.add(new Problem(row, name, "is longer than " + MAX_VALUE + " characters"));
		}
		return value;
	}

	private static @Nullable Instant lastSeen(String value, int row, Instant now, List<Problem> problems) {
		Instant at = parse(value);
		if (at == null) {
			problems.add(new Problem(row, "last seen", "\"" + shorten(value)
					+ "\" is not a date (use 2026-11-30, 2026-11-30T14:05:00Z or 11/30/2026 2:05 PM)"));
		}
		else if (at.isAfter(now.plus(Duration.ofDays(1)))) {
			problems.add(new Problem(row, "last seen", value + " is in the future"));
			return null;
		}
		else if (at.isBefore(EARLIEST)) {
			problems.add(new Problem(row, "last seen", value + " is before 2000: not a believable check-in"));
			return null;
		}
		return at;
	}

	static @Nullable Instant parse(String value) {
		String v = value.strip();
		if (v.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// not with an offset; try the local forms
		}
		for (DateTimeFormatter format : LOCAL_TIMES) {
			try {
				return LocalDateTime.parse(v, format).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ignored) {
				// next form
			}
		}
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
				DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT))) {
			try {
				return LocalDate.parse(v, format).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ignored) {
				// next form
			}
		}
		return null;
	}

	private static @Nullable Integer find(Map<String, Integer> headers, List<String> names) {
		return names.stream().map(headers::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	private static String normal(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	private static String shorten(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "\u2026";
	}

}
