package gov.records.governance.dashboard.ui;

import com.vaadin.flow.component.html.Image;
import gov.records.governance.reports.render.SvgCharts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A 90-day trend drawn on the server by the reports' chart renderer ({@link SvgCharts})
 * and shown as an SVG image, with its first and last values in words for screen readers.
 */
final class Sparkline {

	static final int WIDTH = 160;

	static final int HEIGHT = 36;

	private Sparkline() {
	}

	static Image of(List<Long> values, String what) {
		String svg = SvgCharts.sparkline(values, WIDTH, HEIGHT);
		String src = "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		long first = values.isEmpty() ? 0 : values.getFirst();
		long last = values.isEmpty() ? 0 : values.getLast();
		Image image = new Image(src, what + ", last 90 days: " + first + " then, " + last + " today");
		image.setWidth(WIDTH + "px");
		image.setHeight(HEIGHT + "px");
		image.addClassName("sparkline");
		return image;
	}

}
