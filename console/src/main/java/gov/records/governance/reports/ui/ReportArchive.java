package gov.records.governance.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.reports.ArchivedBundle;
import gov.records.governance.reports.ReportFile;
import gov.records.governance.reports.ReportService;
import gov.records.governance.reports.ReportStatus;
import gov.records.governance.reports.ReportSummary;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report archive as a plain table: each report's number, type, organization, as-of
 * time, status and hash on its own lines of one cell where space is short, and its
 * downloads as ordinary links, so Tab reaches every one and nothing runs off the right
 * edge at 1280 px. Redrawn only when a report's state changed (a poll that redraws the
 * same rows would take the keyboard focus away).
 */
final class ReportArchive extends Div {

	static final int SHOWN = 50;

	private final ReportService reports;

	private String drawn = "";

	ReportArchive(ReportService reports) {
		this.reports = reports;
		setId("report-archive");
		setWidthFull();
		getStyle().set("overflow-x", "auto");
		getElement().setAttribute("tabindex", "0");
		// a labelled, focusable scrolling region: a label on a plain div is prohibited
		// (axe-core aria-prohibited-attr, serious; DD066)
		getElement().setAttribute("role", "region");
		getElement().setAttribute("aria-label", "Report archive");
		refresh();
	}

	void refresh() {
		List<ReportSummary> rows = this.reports.archive(0, SHOWN);
		String state = rows.stream()
			.map((r) -> r.id() + ":" + r.status() + ":" + r.progress())
			.collect(Collectors.joining(","));
		if (state.equals(this.drawn)) {
			return;
		}
		this.drawn = state;
		removeAll();
		NativeTable table = new NativeTable();
		table.getStyle().set("border-collapse", "collapse").set("width", "100%");
		long total = this.reports.count();
		NativeTableCaption caption = new NativeTableCaption();
		caption.setText("Report archive, newest first"
				+ ((total > SHOWN) ? " (the newest " + SHOWN + " of " + Formats.number(total) + ")" : ""));
		caption.getStyle().set("text-align", "left").set("font-weight", "600");
		table.add(caption);
		NativeTableHeader head = new NativeTableHeader();
		NativeTableRow headRow = new NativeTableRow();
		for (String title : new String[] { "#", "Report", "Organization", "As of", "Requested by", "Status", "SHA-256",
				"Downloads" }) {
			NativeTableHeaderCell cell = new NativeTableHeaderCell(title);
			cell.getElement().setAttribute("scope", "col");
			cell.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
			headRow.add(cell);
		}
		head.add(headRow);
		NativeTableBody body = new NativeTableBody();
		if (rows.isEmpty()) {
			NativeTableRow none = new NativeTableRow();
			NativeTableCell cell = new NativeTableCell("No report yet: generate one above.");
			cell.getElement().setAttribute("colspan", "8");
			none.add(cell);
			body.add(none);
		}
		for (ReportSummary r : rows) {
			NativeTableRow row = new NativeTableRow();
			row.setId("report-row-" + r.id());
			row.add(cell(new Span("#" + r.id())), cell(new Span(r.type().title())),
					cell(new Span(r.organizationName())), cell(new Span(Formats.time(r.asOf(), ""))),
					cell(new Span(r.requestedBy())), cell(status(r)), cell(hash(r)), cell(downloads(r)));
			row.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
			body.add(row);
		}
		table.add(head, body);
		add(table);
	}

	private static NativeTableCell cell(Component content) {
		NativeTableCell cell = new NativeTableCell(content);
		cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("vertical-align", "top");
		return cell;
	}

	private static Component status(ReportSummary r) {
		if (r.status() == ReportStatus.RUNNING || r.status() == ReportStatus.QUEUED) {
			ProgressBar bar = new ProgressBar(0, 100, r.progress());
			bar.setWidth("8em");
			bar.getElement().setAttribute("aria-label", "Progress of report #" + r.id());
			Span note = new Span(r.progress() + "% " + Objects.requireNonNullElse(r.progressNote(), "queued"));
			note.getStyle().set("font-size", "var(--lumo-font-size-xs)");
			return new Div(bar, note);
		}
		Span text = new Span(r.status() == ReportStatus.DONE ? "Done " + Formats.time(r.finishedAt(), "")
				: "Failed: " + r.failure());
		text.addClassName("report-status");
		text.getElement().getThemeList().add(r.status() == ReportStatus.DONE ? "badge success" : "badge error");
		text.getStyle().set("white-space", "normal");
		return text;
	}

	private static Component hash(ReportSummary r) {
		if (r.sha256() == null) {
			return new Span("");
		}
		Span hash = new Span(r.sha256().substring(0, 16) + "…");
		hash.getElement().setAttribute("title", r.sha256());
		hash.getStyle().set("font-family", "monospace");
		return hash;
	}

	private Component downloads(ReportSummary r) {
		if (r.status() != ReportStatus.DONE || r.fileName() == null) {
			return new Span("");
		}
		Anchor bundle = new Anchor(DownloadHandler.fromInputStream((event) -> {
			ArchivedBundle file = this.reports.download(r.id());
			return new DownloadResponse(Files.newInputStream(file.file()), file.fileName(), "application/zip",
					file.sizeBytes());
		}), "Bundle");
		bundle.getElement().setAttribute("download", true);
		bundle.setId("report-" + r.id() + "-bundle");
		Div links = new Div(bundle, ReportFileLinks.file(this.reports, r.id(), ReportFile.Format.PDF),
				ReportFileLinks.file(this.reports, r.id(), ReportFile.Format.JSON),
				ReportFileLinks.csv(this.reports, r.id()));
		links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
		return links;
	}

}
