package gov.records.governance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import gov.records.governance.sync.PlatformSyncService;
import gov.records.governance.sync.SyncOutcome;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every table of a report lies inside the page's printable width (issue 18: the
 * Deployment status tables ran past the right edge on pages 2 and 3, the last header cut
 * to one letter). The demo department is synced first, so the platforms table carries its
 * timestamps, counts and errors, and each report is generated as a user asks for it; then
 * every glyph and every filled shape (cell backgrounds, rules) of every page is measured
 * in the PDF with PDFBox and must lie between the page's left and right margins, and
 * every word of the Deployment status headers must be there whole. The PDFs are kept in
 * {@code target/report-fit/} to look at.
 */
@SpringBootTest
class ReportTablesFitThePageTest {

	/** The page margins of {@code report.css}: 16 mm left and right of US letter. */
	private static final float MARGIN = 16 * 72f / 25.4f;

	private static final float TOLERANCE = 0.5f;

	/** The headers of the Deployment status tables, the widest first. */
	private static final List<String> DEPLOYMENT_HEADERS = List.of("Capture on in backend", "Groups in backend",
			"Last sync error", "Sync failures in a row", "Last sync attempt", "Last successful sync",
			"Capture bot active", "Last capture report", "Sanctioned", "Auto-delete (%)", "Capture (%)",
			"Active accounts", "Suspended", "Critical", "Medium", "Component", "Platform");

	@Autowired
	ReportService reports;

	@Autowired
	PlatformService platforms;

	@Autowired
	PlatformSyncService sync;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@EnumSource(value = ReportType.class,
			names = { "DEPLOYMENT_STATUS", "RECORDS_COMPLIANCE", "REMEDIATION", "AUDIT_EXTRACT" })
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void everyTableLiesInsideThePrintableWidth(ReportType type) throws Exception {
		for (PlatformSummary platform : this.platforms.all()) {
			if (platform.connected()) {
				// another test's context on the same in-memory database may hold the
				// platform's sync lease (30 s): then the sync is skipped until it ends
				SyncOutcome outcome = this.sync.sync(platform, "report fit test");
				for (int wait = 0; wait < 5 && outcome.status() == SyncOutcome.Status.SKIPPED; wait++) {
					Thread.sleep(1000);
					outcome = this.sync.sync(platform, "report fit test");
				}
				// a platform an earlier test left paused (circuit open, a fault switch)
				// is
				// skipped: its last state still fills the report's tables
				assertThat(outcome.status()).as(platform.name() + ": " + outcome.message())
					.isIn(SyncOutcome.Status.SYNCED, SyncOutcome.Status.SKIPPED);
			}
		}
		byte[] pdf = generate(type);
		Path file = Path.of("target", "report-fit", type.name().toLowerCase(Locale.ROOT) + ".pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> outside = new ArrayList<>();
			for (int n = 0; n < document.getNumberOfPages(); n++) {
				PDPage page = document.getPage(n);
				float left = MARGIN - TOLERANCE;
				float right = page.getMediaBox().getWidth() - MARGIN + TOLERANCE;
				for (Glyph glyph : glyphs(document, n + 1)) {
					if (glyph.x() < left || glyph.x() + glyph.width() > right) {
						outside.add("page " + (n + 1) + ": '" + glyph.text() + "' from x " + glyph.x() + " to "
								+ (glyph.x() + glyph.width()));
					}
				}
				for (Rectangle2D shape : Shapes.filled(page)) {
					if (shape.getMinX() < left || shape.getMaxX() > right) {
						outside.add("page " + (n + 1) + ": a filled shape from x " + shape.getMinX() + " to "
								+ shape.getMaxX());
					}
				}
			}
			assertThat(outside).as("glyphs and shapes outside %.1f to %.1f pt", MARGIN, 612 - MARGIN).isEmpty();
			if (type == ReportType.DEPLOYMENT_STATUS) {
				Set<String> words = words(new PDFTextStripper().getText(document));
				// the fourth governed platform is in the CIO's tables like the others
				assertThat(words).contains("SLACK");
				for (String header : DEPLOYMENT_HEADERS) {
					assertThat(words).as("the words of the header '" + header + "'")
						.containsAll(List.of(header.split(" ")));
				}
			}
		}
	}

	private byte[] generate(ReportType type) throws InterruptedException {
		Long department = this.jdbc.queryForObject("select id from organization where code = 'DCR'", Long.class);
		Instant asOf = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		long id = this.reports
			.request(new ReportRequest(type, department, null, asOf.minusSeconds(1), (type == ReportType.REMEDIATION)
					? "Raise every field office's retention to the schedule's minimum" : null));
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (this.reports.find(id).orElseThrow().status() != ReportStatus.DONE) {
			assertThat(this.reports.find(id).orElseThrow().status()).isNotEqualTo(ReportStatus.FAILED);
			assertThat(System.nanoTime()).as("report done within 3 minutes").isLessThan(deadline);
			Thread.sleep(200);
		}
		return this.reports.downloadFile(id, ReportFile.Format.PDF, null).content();
	}

	/** The words of the text, split at white space and after hyphens, as lines break. */
	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.split("\\s+")) {
			words.add(word);
			for (String part : word.split("(?<=-)")) {
				words.add(part);
			}
		}
		// a header word broken after its hyphen still counts as whole: Auto- delete
		Set<String> joined = new HashSet<>(words);
		String[] all = text.split("\\s+");
		for (int i = 0; i + 1 < all.length; i++) {
			if (all[i].endsWith("-")) {
				joined.add(all[i] + all[i + 1]);
			}
		}
		return joined;
	}

	private record Glyph(String text, float x, float width) {
	}

	private static List<Glyph> glyphs(PDDocument document, int page) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getWidthDirAdj()));
			}

		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		return glyphs;
	}

	/** The bounds of every filled or stroked path of a page, in page space. */
	private static final class Shapes extends PDFGraphicsStreamEngine {

		private final List<Rectangle2D> filled = new ArrayList<>();

		private Rectangle2D.@Nullable Float path;

		private final Point2D.Float current = new Point2D.Float();

		private Shapes(PDPage page) {
			super(page);
		}

		static List<Rectangle2D> filled(PDPage page) throws IOException {
			Shapes shapes = new Shapes(page);
			shapes.processPage(page);
			return shapes.filled;
		}

		private void add(double x, double y) {
			if (this.path == null) {
				this.path = new Rectangle2D.Float((float) x, (float) y, 0, 0);
			}
			else {
				this.path.add(x, y);
			}
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			for (Point2D p : List.of(p0, p1, p2, p3)) {
				add(p.getX(), p.getY());
			}
		}

		@Override
		public void moveTo(float x, float y) {
			add(x, y);
			this.current.setLocation(x, y);
		}

		@Override
		public void lineTo(float x, float y) {
			add(x, y);
			this.current.setLocation(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			add(x1, y1);
			add(x2, y2);
			add(x3, y3);
			this.current.setLocation(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return this.current;
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
			this.path = null;
		}

		@Override
		public void strokePath() {
			done();
		}

		@Override
		public void fillPath(int windingRule) {
			done();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			done();
		}

		private void done() {
			if (this.path != null) {
				this.filled.add(this.path);
			}
			this.path = null;
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage pdImage) {
		}

		@Override
		public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
		}

	}

}
