package gov.records.governance.load;

import java.time.Duration;
import java.util.Locale;

/**
 * Reads durations as the {@code govern} script takes them: {@code 90s}, {@code 5m},
 * {@code 1h}.
 */
final class LoadDurations {

	private LoadDurations() {
	}

	static Duration parse(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (!value.matches("[1-9][0-9]{0,5}[smh]?")) {
			throw new IllegalArgumentException("load.duration '" + text + "': use seconds, 90s, 5m or 1h");
		}
		char unit = value.charAt(value.length() - 1);
		long amount = Long.parseLong(Character.isDigit(unit) ? value : value.substring(0, value.length() - 1));
		return switch (unit) {
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

}
