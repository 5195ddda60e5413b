package gov.records.governance.reports.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.records.governance.reports.BundleCheck;
import gov.records.governance.reports.ReportService;
import gov.records.governance.reports.bundle.BundleProblem;
import java.io.ByteArrayInputStream;

/**
 * Checks an uploaded bundle the way an inspector would with openssl and sha256sum, and
 * says which file fails, if any, and whether its checkpoint is still in the log.
 */
class BundleCheckPanel extends Composite<VerticalLayout> {

	/** Bundles larger than this are checked from the command line, as VERIFY.txt says. */
	static final int MAX_UPLOAD = 200 * 1024 * 1024;

	private final VerticalLayout result = new VerticalLayout();

	BundleCheckPanel(ReportService reports) {
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			BundleCheck check = reports.verify(new ByteArrayInputStream(bytes));
			getUI().ifPresent((ui) -> ui.access(() -> show(metadata.fileName(), check)));
		}));
		upload.setId("bundle-upload");
		upload.setAcceptedFileTypes("application/zip", ".zip");
		upload.setMaxFileSize(MAX_UPLOAD);
		this.result.setId("bundle-check");
		this.result.setPadding(false);
		getContent().setPadding(false);
		getContent().add(new H3("Check a bundle"),
				new Paragraph("Upload a report bundle (.zip): every file is checked against the signed manifest, "
						+ "the signature against this console's certificate, and its checkpoint against the log."),
				upload, this.result);
	}

	private void show(String fileName, BundleCheck check) {
		this.result.removeAll();
		Span verdict = new Span(check.isValid() ? fileName + ": intact, signed by this console, checkpoint in the log"
				: fileName + ": does NOT verify");
		verdict.getElement().getThemeList().add(check.isValid() ? "badge success" : "badge error");
		verdict.setId("bundle-verdict");
		UnorderedList details = new UnorderedList();
		for (BundleProblem problem : check.bundle().problems()) {
			details.add(new ListItem(problem.file() + ": " + problem.detail()));
		}
		details.add(new ListItem("Checkpoint: " + check.checkpointMessage()));
		this.result.add(verdict, details);
	}

}
