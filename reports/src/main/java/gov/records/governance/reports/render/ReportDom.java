package gov.records.governance.reports.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Builds the W3C DOM that openhtmltopdf lays out for one {@link ReportParts.Part}: the
 * XHTML template with the part's blocks appended as elements. Table rows become DOM nodes
 * directly, so no HTML text of the report is ever built.
 */
final class ReportDom {

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The text size of {@code th} and {@code td} in {@code report.css}. */
	private static final float CELL_SIZE = 8f;

	/** The text size of {@code p} (the body's). */
	private static final float PARAGRAPH_SIZE = 9.5f;

	/** The horizontal padding of {@code th} and {@code td}, both sides, at that size. */
	private static final float CELL_PADDING = 8f;

	private final Document document;

	private final PageText header;

	private final PageText cell;

	private final ReportFonts fonts;

	/** Paragraph text ({@code p} in {@code report.css}), measured when first needed. */
	private @Nullable PageText paragraph;

	private ReportDom(Document document, ReportFonts fonts) {
		this.document = document;
		this.fonts = fonts;
		this.header = new PageText(fonts.bold(), CELL_SIZE);
		this.cell = new PageText(fonts.regular(), CELL_SIZE);
	}

	static Document build(ReportMetadata metadata, ReportParts.Part part, ReportFonts fonts) {
		ReportDom dom = new ReportDom(parse(resource("/reports/report-template.xhtml")), fonts);
		dom.fill(metadata, part);
		return dom.document;
	}

	/** The title at the top of every page. */
	static String runningTitle(ReportMetadata metadata) {
		return metadata.title() + " \u2014 as of " + AS_OF.format(metadata.asOf());
	}

	private void fill(ReportMetadata metadata, ReportParts.Part part) {
		byId("report-style").setTextContent(new String(resource("/reports/report.css"), StandardCharsets.UTF_8));
		byId("report-title-meta").setTextContent(metadata.title());
		meta("subject", metadata.subject());
		meta("author", metadata.author());
		meta("keywords", metadata.keywords());
		byId("report-running-title").setTextContent(runningTitle(metadata));
		if (part.first()) {
			byId("report-issuer").setTextContent(metadata.author());
			byId("report-title").setTextContent(metadata.title());
			byId("report-as-of").setTextContent("Evidence as of " + AS_OF.format(metadata.asOf()));
		}
		else {
			Element header = byId("report-header");
			header.getParentNode().removeChild(header);
		}
		Element body = byId("report-body");
		for (Object item : part.items()) {
			switch (item) {
				case ReportBlock.Heading heading -> body.appendChild(element("h2", heading.text()));
				case ReportBlock.Paragraph paragraph -> body.appendChild(paragraph(paragraph.text()));
				case ReportBlock.Chart chart -> body.appendChild(chart(chart));
				case ReportParts.ShortTable shortTable -> body.appendChild(table(shortTable));
				default -> throw new IllegalArgumentException("not a part item: " + item);
			}
		}
	}

	private Element table(ReportParts.ShortTable shortTable) {
		ReportBlock.Table table = shortTable.table();
		Element wrapper = this.document.createElementNS(XHTML, "section");
		Element caption = element("p", table.caption());
		caption.setAttribute("class", "caption");
		wrapper.appendChild(caption);
		Element element = this.document.createElementNS(XHTML, "table");
		Fit fit = fit(element, shortTable);
		float[] widths = fit.widths();
		Element head = this.document.createElementNS(XHTML, "thead");
		Element headRow = this.document.createElementNS(XHTML, "tr");
		for (int c = 0; c < widths.length; c++) {
			Element th = wrapped("th", table.columns().get(c), fit.header(), widths[c]);
			// the content width: openhtmltopdf's fixed layout adds the padding
			th.setAttribute("style", String.format(Locale.ROOT, "width: %.2fpt", Math.floor(widths[c] * 100) / 100));
			headRow.appendChild(th);
		}
		head.appendChild(headRow);
		element.appendChild(head);
		Element tbody = this.document.createElementNS(XHTML, "tbody");
		int columns = table.columns().size();
		long index = 0;
		for (List<String> cells : shortTable.rows()) {
			if (cells.size() != columns) {
				throw new IllegalArgumentException("row " + index + " of '" + table.caption() + "' has " + cells.size()
						+ " cells, not " + columns);
			}
			Element row = this.document.createElementNS(XHTML, "tr");
			if (index % 2 == 1) {
				row.setAttribute("class", "odd");
			}
			for (int c = 0; c < columns; c++) {
				row.appendChild(wrapped("td", cells.get(c), fit.cell(), widths[c]));
			}
			tbody.appendChild(row);
			index++;
		}
		element.appendChild(tbody);
		wrapper.appendChild(element);
		return wrapper;
	}

	/**
	 * A table's column widths (content, without padding) and its text at the size it is
	 * shown.
	 */
	private record Fit(float[] widths, PageText header, PageText cell) {
	}

	/**
	 * Fixes the table's text size if its columns would not fit the page otherwise, and
	 * works out their widths as a drawn table's ({@link ColumnWidths}): openhtmltopdf's
	 * automatic layout lets a table of many columns run off the page (DD062).
	 */
	private Fit fit(Element table, ReportParts.ShortTable shortTable) {
		List<String> headers = shortTable.table().columns().stream().map(this.header::safe).toList();
		ColumnWidths columns = new ColumnWidths(headers, this.header, this.cell, CELL_PADDING, PageFrame.WIDTH - 0.5f);
		int count = headers.size();
		for (List<String> row : shortTable.rows()) {
			if (row.size() == count) {
				columns.add(row.stream().map(this.cell::safe).toList());
			}
		}
		float[] widths = columns.widths().clone();
		float scale = columns.scale();
		for (int c = 0; c < widths.length; c++) {
			widths[c] -= CELL_PADDING * scale;
		}
		if (scale == 1f) {
			return new Fit(widths, this.header, this.cell);
		}
		table.setAttribute("style", String.format(Locale.ROOT, "font-size: %.2fpt", CELL_SIZE * scale));
		return new Fit(widths, new PageText(this.fonts.bold(), CELL_SIZE * scale),
				new PageText(this.fonts.regular(), CELL_SIZE * scale));
	}

	private Element paragraph(String text) {
		if (this.paragraph == null) {
			this.paragraph = new PageText(this.fonts.regular(), PARAGRAPH_SIZE);
		}
		return wrapped("p", text, this.paragraph, PageFrame.WIDTH);
	}

	/**
	 * An element with the text as it comes, or, when a word in it is wider than
	 * {@code width}, broken into lines that fit ({@link PageText#lines}) with a line
	 * break between them: openhtmltopdf lets such a word run past its column or the page,
	 * and its {@code word-wrap: break-word} breaks every word that does not fit the rest
	 * of a line, not only the ones too long for any.
	 */
	private Element wrapped(String name, String text, PageText measure, float width) {
		String safe = measure.safe(text);
		// openhtmltopdf measures DejaVu as PageText does (the font's widths, no kerning)
		if (measure.widestWord(safe) <= width + 0.01f) {
			return element(name, text);
		}
		Element element = this.document.createElementNS(XHTML, name);
		List<String> lines = measure.lines(safe, width, Integer.MAX_VALUE);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				element.appendChild(this.document.createElementNS(XHTML, "br"));
			}
			element.appendChild(this.document.createTextNode(lines.get(i)));
		}
		return element;
	}

	private Element chart(ReportBlock.Chart chart) {
		Element figure = this.document.createElementNS(XHTML, "div");
		figure.setAttribute("class", "chart");
		Document svg = parse(chart.svg().getBytes(StandardCharsets.UTF_8));
		figure.appendChild(this.document.importNode(svg.getDocumentElement(), true));
		Element caption = element("p", chart.caption());
		caption.setAttribute("class", "chart-caption");
		figure.appendChild(caption);
		return figure;
	}

	private Element element(String name, String text) {
		Element element = this.document.createElementNS(XHTML, name);
		element.setTextContent(text);
		return element;
	}

	private void meta(String name, String content) {
		NodeList metas = this.document.getElementsByTagNameNS(XHTML, "meta");
		for (int i = 0; i < metas.getLength(); i++) {
			Element meta = (Element) metas.item(i);
			if (name.equals(meta.getAttribute("name"))) {
				meta.setAttribute("content", content);
			}
		}
	}

	private Element byId(String id) {
		Element found = find(this.document.getDocumentElement(), id);
		if (found == null) {
			throw new IllegalStateException("the report template has no element with id " + id);
		}
		return found;
	}

	private static @Nullable Element find(Element element, String id) {
		if (id.equals(element.getAttribute("id"))) {
			return element;
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				Element found = find(childElement, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Parses XML without fetching DTDs or external entities. */
	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalArgumentException("not well-formed XML: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = ReportDom.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
