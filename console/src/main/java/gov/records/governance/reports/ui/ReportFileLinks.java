package gov.records.governance.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import gov.records.governance.reports.ReportFile;
import gov.records.governance.reports.ReportService;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The separate downloads of a done report beside its bundle: the PDF/A, the JSON, and a
 * dialog with one CSV per table. Each is taken from the archived bundle after it was
 * checked, and audited, by {@link ReportService#downloadFile}.
 */
final class ReportFileLinks {

	private ReportFileLinks() {
	}

	static Anchor file(ReportService reports, long id, ReportFile.Format format) {
		return link(reports, id, format, null, format.name());
	}

	static Component csv(ReportService reports, long id) {
		Button open = new Button("CSV…", (click) -> {
			Dialog dialog = new Dialog();
			dialog.setHeaderTitle("CSV tables of report #" + id);
			VerticalLayout links = new VerticalLayout();
			links.setPadding(false);
			for (String table : reports.tables(id)) {
				Anchor link = link(reports, id, ReportFile.Format.CSV, table, table + ".csv");
				link.setId("report-" + id + "-csv-" + table);
				links.add(link);
			}
			dialog.add(links);
			dialog.getFooter().add(new Button("Close", (e) -> dialog.close()));
			dialog.open();
		});
		open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		open.setId("report-" + id + "-csv");
		return open;
	}

	private static Anchor link(ReportService reports, long id, ReportFile.Format format, @Nullable String table,
			String text) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			ReportFile file = reports.downloadFile(id, format, table);
			return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
					file.content().length);
		}), text);
		link.getElement().setAttribute("download", true);
		if (table == null) {
			link.setId("report-" + id + "-" + format.name().toLowerCase(Locale.ROOT));
		}
		return link;
	}

}
