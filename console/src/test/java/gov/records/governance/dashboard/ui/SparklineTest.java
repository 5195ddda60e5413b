package gov.records.governance.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.reports.render.SvgCharts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trend is drawn once and the drawing reused for every dashboard that shows the same
 * values (DD075): the image is the reports' renderer's SVG of those values, the same text
 * for equal values, and another for other values.
 */
class SparklineTest {

	@Test
	void equalTrendsShareOneDrawingOfTheRenderersSvg() {
		List<Long> trend = new ArrayList<>();
		for (long day = 0; day < 90; day++) {
			trend.add(day % 7);
		}
		String src = Sparkline.of(trend, "Critical findings").getSrc();
		String expected = "data:image/svg+xml;base64," + Base64.getEncoder()
			.encodeToString(
					SvgCharts.sparkline(trend, Sparkline.WIDTH, Sparkline.HEIGHT).getBytes(StandardCharsets.UTF_8));
		assertThat(src).isEqualTo(expected);
		assertThat(Sparkline.of(new ArrayList<>(trend), "High findings").getSrc()).isSameAs(src);
		trend.set(89, 40L);
		assertThat(Sparkline.of(trend, "Critical findings").getSrc()).isNotEqualTo(src);
	}

}
