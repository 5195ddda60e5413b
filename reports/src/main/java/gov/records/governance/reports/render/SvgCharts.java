package gov.records.governance.reports.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import java.util.List;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Charts drawn on the server as SVG with XChart: the same SVG goes into PDF reports
 * ({@link ReportBlock.Chart}) and into the console as an image (for example a Vaadin
 * {@code Image} over a {@code StreamResource} of type {@code image/svg+xml}). Text uses
 * {@link ReportFonts#SANS}, the font embedded in the PDFs.
 */
public final class SvgCharts {

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final Color[] PALETTE = { new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235),
			new Color(0x7F6000), new Color(0x7030A0) };

	private SvgCharts() {
	}

	/**
	 * The chart as a standalone SVG document of {@code width} x {@code height} pixels.
	 */
	public static String barChart(BarChart spec, int width, int height) {
		CategoryChart chart = new CategoryChartBuilder().width(width)
			.height(height)
			.title(spec.title())
			.yAxisTitle(spec.yAxisTitle())
			.build();
		chart.getStyler()
			.setBaseFont(ReportFonts.awtSans(11f))
			.setChartTitleFont(ReportFonts.awtSans(13f))
			.setLegendFont(ReportFonts.awtSans(10f))
			.setLegendPosition(LegendPosition.OutsideS)
			.setLegendLayout(LegendLayout.Horizontal)
			.setChartBackgroundColor(Color.WHITE)
			.setPlotBackgroundColor(Color.WHITE)
			.setSeriesColors(PALETTE);
		chart.getStyler().setAxisTitleFont(ReportFonts.awtSans(10f)).setAxisTickLabelsFont(ReportFonts.awtSans(10f));
		spec.series().forEach((name, values) -> chart.addSeries(name, spec.categories(), values));
		return svg(chart);
	}

	/**
	 * A sparkline: one line over the values, oldest first, with no axes, title or legend,
	 * as a standalone SVG of {@code width} x {@code height} pixels (the dashboard's
	 * trends).
	 */
	public static String sparkline(List<? extends Number> values, int width, int height) {
		XYChart chart = new XYChartBuilder().width(width).height(height).build();
		chart.getStyler().setAxisTicksVisible(false);
		chart.getStyler().setAxisTitlesVisible(false);
		chart.getStyler().setPlotGridLinesVisible(false);
		chart.getStyler().setYAxisMin(0.0);
		chart.getStyler()
			.setLegendVisible(false)
			.setChartTitleVisible(false)
			.setPlotBorderVisible(false)
			.setChartPadding(2)
			.setChartBackgroundColor(Color.WHITE)
			.setPlotBackgroundColor(Color.WHITE)
			.setSeriesColors(PALETTE);
		double[] x = new double[Math.max(1, values.size())];
		double[] y = new double[x.length];
		for (int i = 0; i < values.size(); i++) {
			x[i] = i;
			y[i] = values.get(i).doubleValue();
		}
		XYSeries series = chart.addSeries("trend", x, y);
		series.setMarker(SeriesMarkers.NONE);
		return svg(chart);
	}

	private static String svg(Chart<?, ?> chart) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return normalized(out.toByteArray());
	}

	/**
	 * VectorGraphics2D 0.13 writes the drawing elements with {@code xmlns=""}, which puts
	 * them outside the SVG namespace: browsers and Batik then draw nothing. This moves
	 * every element into the SVG namespace and drops the DOCTYPE (whose DTD would be
	 * fetched from the network by validating parsers).
	 */
	static String normalized(byte[] svg) {
		Document document = ReportDom.parse(svg);
		moveIntoSvgNamespace(document, document.getDocumentElement());
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			StringWriter text = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(text));
			return text.toString();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("could not write the chart SVG", ex);
		}
	}

	private static void moveIntoSvgNamespace(Document document, Element element) {
		Element current = element;
		if (!SVG.equals(element.getNamespaceURI())) {
			current = (Element) document.renameNode(element, SVG, element.getLocalName());
		}
		if (current.hasAttribute("xmlns")) {
			current.removeAttribute("xmlns");
		}
		for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				moveIntoSvgNamespace(document, childElement);
			}
		}
	}

}
