package gov.records.governance.base.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The "as of" date a read view shows the past on (issue 14, build 4; DD066): in the
 * address as {@code asOf=2026-11-01} like the other filters, read as the end of that day
 * in UTC, with one banner that says so and that writes are off while the past is shown.
 */
public final class AsOf {

	/** The query parameter. */
	public static final String PARAMETER = "asOf";

	private AsOf() {
	}

	/**
	 * The date in the address, if it is an ISO date not after today (UTC); anything else
	 * is named in {@code ignored} and left out, so the view shows the present.
	 */
	public static Optional<LocalDate> from(Map<String, List<String>> query, List<String> ignored) {
		List<String> values = query.get(PARAMETER);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			return Optional.empty();
		}
		String text = values.get(0).strip();
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isAfter(today())) {
				ignored.add(PARAMETER + " '" + text + "' (after today)");
				return Optional.empty();
			}
			return Optional.of(date);
		}
		catch (DateTimeParseException ex) {
			ignored.add(PARAMETER + " '" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
					+ "' (not a date like 2026-11-01)");
			return Optional.empty();
		}
	}

	/**
	 * Reads the date from the address and says on {@code banner} what the view shows on
	 * it ({@link #show}); a value left out is named there instead, followed by
	 * {@code present}, the sentence that says the present is shown.
	 * @return the date, or null for the present
	 */
	public static @Nullable LocalDate read(Map<String, List<String>> query, Span banner, String what, String present) {
		List<String> ignored = new ArrayList<>();
		LocalDate date = from(query, ignored).orElse(null);
		show(banner, date, what);
		if (!ignored.isEmpty()) {
			banner.setVisible(true);
			banner.setText("Left out of the address: " + String.join(", ", ignored) + ". " + present);
		}
		return date;
	}

	/** The moment the date shows: the last millisecond of that day in UTC. */
	public static Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
	}

	/** Today in UTC, the latest date a view may be shown as of. */
	public static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/**
	 * The banner over a view shown as of a date, hidden until {@link #show} gives it a
	 * date.
	 */
	public static Span banner() {
		Span banner = new Span();
		banner.setId("as-of-banner");
		banner.getElement().setAttribute("role", "status");
		banner.getElement().getThemeList().add("badge contrast");
		banner.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-m)");
		banner.setVisible(false);
		return banner;
	}

	/**
	 * Says on the banner what the view shows on the date and that nothing can be changed
	 * from it; hides it for the present (no date).
	 * @param what what the view shows on that date, e.g. "the findings that were open"
	 */
	public static void show(Span banner, @Nullable LocalDate date, String what) {
		banner.setVisible(date != null);
		banner.setText((date == null) ? "" : "As of " + date + ": " + what + " at the end of that day (UTC). "
				+ "Changes are disabled while viewing the past; clear the date to return to now.");
	}

}
