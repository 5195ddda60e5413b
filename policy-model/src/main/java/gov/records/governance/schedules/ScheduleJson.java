package gov.records.governance.schedules;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schedules as JSON:
 * {@code {"format": "records-governance-schedules", "version": 1, "schedules": [{"code",
 * "title", "kind", "items": [...]}]}} with items carrying the same fields as the CSV
 * columns in camel case. Problems name the item by its position ("schedules[0].items[2]")
 * and are reported with a running row number.
 */
final class ScheduleJson {

	static final String FORMAT = "records-governance-schedules";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScheduleJson() {
	}

	static String write(List<ScheduleItemRow> items) {
		ObjectNode root = JSON.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", 1);
		ArrayNode schedules = root.putArray("schedules");
		Map<String, ArrayNode> bySchedule = new LinkedHashMap<>();
		for (ScheduleItemRow i : items) {
			ArrayNode list = bySchedule.computeIfAbsent(i.scheduleCode(), (code) -> {
				ObjectNode schedule = schedules.addObject();
				schedule.put("code", i.scheduleCode());
				schedule.put("title", i.scheduleTitle());
				schedule.put("kind", i.scheduleKind().name());
				return schedule.putArray("items");
			});
			ObjectNode item = list.addObject();
			item.put("itemNumber", i.itemNumber());
			item.put("authority", i.authority());
			item.put("title", i.title());
			item.put("disposition", i.disposition().name());
			item.put("minRetention", i.minRetention());
			item.put("cutoffRule", i.cutoffRule());
			item.put("scope", i.scopeText());
			item.put("effectiveFrom", i.effectiveFrom().toString());
			item.put("effectiveTo", (i.effectiveTo() != null) ? i.effectiveTo().toString() : null);
			item.put("supersededBy", i.supersededBy());
			item.put("verifyAgainstNara", i.verifyAgainstNara());
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
	}

	static ScheduleCsv.Parsed read(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new ValidationException("The file is not valid JSON: " + plain(ex));
		}
		List<Problem> problems = new ArrayList<>();
		if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
			throw new ValidationException(
					"The JSON is not a schedules export (its \"format\" must be \"" + FORMAT + "\").");
		}
		JsonNode schedules = root.path("schedules");
		if (!schedules.isArray()) {
			throw new ValidationException("The JSON has no \"schedules\" list.");
		}
		List<ScheduleCsv.Numbered> drafts = new ArrayList<>();
		int row = 0;
		for (int s = 0; s < schedules.size(); s++) {
			JsonNode schedule = schedules.get(s);
			String code = string(schedule, "code");
			ScheduleKind kind = kind(schedule, s, problems);
			JsonNode items = schedule.path("items");
			if (!items.isArray()) {
				problems.add(new Problem(0, "schedules[" + s + "].items", "missing or not a list"));
				continue;
			}
			for (int i = 0; i < items.size(); i++) {
				row++;
				if (row > ScheduleFiles.MAX_ROWS) {
					throw new ValidationException("More than " + ScheduleFiles.MAX_ROWS + " items; split the file.");
				}
				JsonNode item = items.get(i);
				String where = "schedules[" + s + "].items[" + i + "].";
				drafts.add(new ScheduleCsv.Numbered(row,
						new ScheduleItemDraft(null, 0, (code != null) ? code : "",
								orElse(string(schedule, "title"), (code != null) ? code : ""), kind,
								orElse(string(item, "itemNumber"), ""), string(item, "authority"),
								orElse(string(item, "title"), ""), disposition(item, where, row, problems),
								string(item, "minRetention"), string(item, "cutoffRule"), string(item, "scope"),
								date(item, "effectiveFrom", where, row, problems),
								date(item, "effectiveTo", where, row, problems), string(item, "supersededBy"),
								item.path("verifyAgainstNara").asBoolean(false)),
						Set.of()));
			}
		}
		if (drafts.isEmpty() && problems.isEmpty()) {
			problems.add(Problem.file("The file holds no schedule items."));
		}
		return new ScheduleCsv.Parsed("JSON", drafts, problems, Map.of());
	}

	private static ScheduleKind kind(JsonNode schedule, int index, List<Problem> problems) {
		String value = orElse(string(schedule, "kind"), "").toUpperCase(Locale.ROOT);
		try {
			return ScheduleKind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(0, "schedules[" + index + "].kind", "'" + value + "' is not GRS or AGENCY"));
			return ScheduleKind.AGENCY;
		}
	}

	private static @Nullable Disposition disposition(JsonNode item, String where, int row, List<Problem> problems) {
		String value = orElse(string(item, "disposition"), "").toUpperCase(Locale.ROOT);
		try {
			return Disposition.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(row, where + "disposition", "'" + value + "' is not PERMANENT or TEMPORARY"));
			return null;
		}
	}

	private static @Nullable LocalDate date(JsonNode item, String field, String where, int row,
			List<Problem> problems) {
		String value = string(item, field);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(row, where + field, "'" + value + "' is not a date as YYYY-MM-DD"));
			return null;
		}
	}

	private static @Nullable String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isValueNode() ? value.asString() : value.toString();
		return text.isBlank() ? null : text.strip();
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value == null) ? fallback : value;
	}

	/**
	 * The parser's reason without the Java types and settings it names ("bound as
	 * `tools.jackson.databind.JsonNode`"; found by fuzzing, DD053), with where it is.
	 */
	static String plain(JacksonException ex) {
		String reason = String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse("").strip();
		reason = reason.replaceAll("\\s*\\([^)]*`[^)]*\\)", "")
			.replaceAll(":?\\s*not allowed as per .*$", "")
			.replaceAll("`JsonToken\\.([A-Z_]+)`", "$1")
			.replaceAll("`[^`]*\\.[^`]*`", "a value")
			.replaceAll("\\b[A-Z][A-Za-z]*(?:Exception|Error|Feature)\\b", "")
			.strip();
		var at = ex.getLocation();
		String where = (at != null && at.getLineNr() > 0)
				? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
		return (reason.isEmpty() ? "unreadable" : reason) + where;
	}

}
