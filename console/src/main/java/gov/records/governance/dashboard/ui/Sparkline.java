package gov.records.governance.dashboard.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.html.Image;
import gov.records.governance.reports.render.SvgCharts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A 90-day trend drawn on the server by the reports' chart renderer ({@link SvgCharts})
 * and shown as an SVG image, with its first and last values in words for screen readers.
 * A drawing depends only on the values, so each distinct trend is drawn once and reused
 * by every dashboard that shows it (the figures behind them are kept per scope, DD075).
 */
final class Sparkline {

	static final int WIDTH = 160;

	static final int HEIGHT = 36;

	/** Drawn trends by their values; a few per scope in use. */
	private static final Cache<List<Long>, String> DRAWN = Caffeine.newBuilder().maximumSize(2_000).build();

	private Sparkline() {
	}

	static Image of(List<Long> values, String what) {
		return of(values, what, null);
	}

	/** The trend of the 90 days up to {@code day}, or up to today when it is null. */
	static Image of(List<Long> values, String what, java.time.@org.jspecify.annotations.Nullable LocalDate day) {
		String src = DRAWN.get(List.copyOf(values), Sparkline::draw);
		long first = values.isEmpty() ? 0 : values.getFirst();
		long last = values.isEmpty() ? 0 : values.getLast();
		Image image = new Image(src, (day == null) ? what + ", last 90 days: " + first + " then, " + last + " today"
				: what + ", 90 days to " + day + ": " + first + " then, " + last + " on " + day);
		image.setWidth(WIDTH + "px");
		image.setHeight(HEIGHT + "px");
		image.addClassName("sparkline");
		return image;
	}

	private static String draw(List<Long> values) {
		String svg = SvgCharts.sparkline(values, WIDTH, HEIGHT);
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

}
