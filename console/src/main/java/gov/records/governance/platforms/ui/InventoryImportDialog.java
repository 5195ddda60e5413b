package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.inventory.DeviceInventoryService;
import gov.records.governance.inventory.InventoryReport;
import gov.records.governance.schedules.ui.ProblemsDialog;
import gov.records.governance.shared.ValidationException;
import java.util.Objects;

/**
 * Imports a device-management inventory: what the file must hold, the upload, and what
 * the import found (sightings per app, accounts made known, users it could not match). A
 * file with bad rows is refused with every problem and changes nothing.
 */
class InventoryImportDialog extends Dialog {

	private final Div result = new Div();

	InventoryImportDialog(DeviceInventoryService inventories, Runnable imported) {
		setHeaderTitle("Import a device inventory");
		setId("inventory-dialog");
		setWidth("44rem");
		add(new Paragraph("A CSV exported from mobile-device management, one row per app on a device, with "
				+ "columns for the device, its user, the app (name or bundle id) and when the device was last seen. "
				+ "WhatsApp, Signal, Confide, Telegram, WeChat, Messenger, Threema and Viber are looked for; their "
				+ "users become accounts on those unsanctioned platforms, so the compliance rules cover them."));
		Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
			UI ui = UI.getCurrent();
			String name = Objects.requireNonNullElse(meta.fileName(), "inventory.csv");
			try {
				InventoryReport report = inventories.importFile(name, bytes);
				ui.access(() -> {
					show(report);
					imported.run();
				});
			}
			catch (ValidationException ex) {
				ui.access(() -> new ProblemsDialog(name, ex.problems()).open());
			}
		}));
		upload.setId("inventory-upload");
		upload.setAcceptedFileTypes(".csv", "text/csv");
		upload.setMaxFileSize(21 * 1024 * 1024);
		upload.setUploadButton(new Button("Choose CSV", VaadinIcon.UPLOAD.create()));
		this.result.setId("inventory-result");
		add(upload, this.result);
		getFooter().add(new Button("Close", (click) -> close()));
	}

	private void show(InventoryReport report) {
		this.result.removeAll();
		this.result.add(new Paragraph(report.fileName() + ": " + Formats.number(report.rowsRead()) + " rows, "
				+ Formats.number(report.sightings()) + " sightings of unsanctioned messaging apps, "
				+ Formats.number(report.otherApps()) + " rows about other apps (ignored)."));
		UnorderedList list = new UnorderedList();
		report.sightingsByApp()
			.forEach((app, count) -> list.add(new ListItem(app + ": " + Formats.number(count) + " sightings")));
		list.add(new ListItem(Formats.number(report.accountsCreated()) + " accounts newly known on those apps, "
				+ Formats.number(report.accountsUpdated()) + " with a changed status"));
		if (report.outOfScope() > 0) {
			list.add(new ListItem(report.outOfScope() + " sightings of people outside your organizations (skipped)"));
		}
		this.result.add(list);
		if (report.unmatchedUsers() > 0) {
			Span unmatched = new Span(report.unmatchedUsers() + " users are not known to the console and were skipped: "
					+ String.join(", ", report.unmatchedSample())
					+ ((report.unmatchedUsers() > report.unmatchedSample().size()) ? ", …" : "")
					+ ". Add their official accounts, then import again.");
			unmatched.getStyle().set("color", "var(--lumo-error-text-color)");
			this.result.add(unmatched);
		}
	}

}
