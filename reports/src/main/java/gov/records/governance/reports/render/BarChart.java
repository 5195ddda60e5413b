package gov.records.governance.reports.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * A grouped bar chart: one bar per category for each series.
 *
 * @param title the chart title
 * @param yAxisTitle what the bars measure
 * @param categories the categories along the x axis
 * @param series series name to one value per category, in legend order
 */
public record BarChart(String title, String yAxisTitle, List<String> categories,
		SequencedMap<String, List<Number>> series) {

	public BarChart {
		categories = List.copyOf(categories);
		SequencedMap<String, List<Number>> copy = new LinkedHashMap<>();
		for (Map.Entry<String, List<Number>> entry : series.entrySet()) {
			if (entry.getValue().size() != categories.size()) {
				throw new IllegalArgumentException("series " + entry.getKey() + " needs one value per category");
			}
			copy.put(entry.getKey(), List.copyOf(entry.getValue()));
		}
		series = copy;
	}

	/**
	 * Whether every value is zero (or there is none): such a chart would be a blank
	 * frame, so the report says "none" instead.
	 */
	public boolean allZero() {
		return this.series.values().stream().flatMap(List::stream).allMatch((v) -> v.doubleValue() == 0);
	}

	/** The sentence that stands in for a chart with nothing to draw. */
	public String noneText() {
		return this.title + ": none.";
	}

}
