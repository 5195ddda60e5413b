package gov.records.governance.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import gov.records.governance.audit.ChainVerification;
import gov.records.governance.audit.SignedCheckpoint;
import gov.records.governance.base.ui.Formats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What a chain verification found, kept on the page until the next one and downloadable
 * as a text receipt: when it ran, how many events chain correctly, the head hash, and the
 * signed checkpoint (size, root) to compare with a published one.
 */
final class ChainReceipt extends Div {

	ChainReceipt(ChainVerification result, SignedCheckpoint checkpoint, Instant at, String by) {
		setId("chain-receipt");
		getElement().setAttribute("role", "status");
		getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border-left", "4px solid " + (result.ok() ? "var(--lumo-success-color)" : "var(--lumo-error-color)"));
		H3 title = new H3(result.ok() ? "Chain verified: intact" : "Chain verified: BROKEN");
		title.getStyle().set("margin", "0");
		String text = text(result, checkpoint, at, by);
		Pre body = new Pre(text);
		body.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all").set("margin", "0");
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		String name = "audit-chain-receipt-" + at.getEpochSecond() + ".txt";
		Anchor download = new Anchor(DownloadHandler.fromInputStream(
				(event) -> new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/plain", bytes.length)),
				"Download receipt");
		download.getElement().setAttribute("download", true);
		download.setId("download-receipt");
		add(title, body, new Paragraph(download));
	}

	static String text(ChainVerification result, SignedCheckpoint checkpoint, Instant at, String by) {
		StringBuilder out = new StringBuilder();
		out.append("Audit chain verification receipt\n");
		out.append("Verified at: ").append(Formats.utc(at)).append(" (").append(at).append(")\n");
		out.append("Verified by: ").append(by).append('\n');
		out.append("Result: ").append(result.ok() ? "intact" : "BROKEN").append('\n');
		out.append("Events checked: ").append(Formats.number(result.eventsChecked())).append('\n');
		if (result.ok()) {
			out.append("Head hash: ").append(Objects.requireNonNullElse(result.headHash(), "none")).append('\n');
		}
		else {
			out.append("First broken event: #")
				.append(result.brokenAt())
				.append(": ")
				.append(result.problem())
				.append('\n');
		}
		out.append("Checkpoint tree size: ").append(Formats.number(checkpoint.treeSize())).append('\n');
		out.append("Checkpoint root (hex): ").append(checkpoint.rootHash().toHex()).append('\n');
		out.append("Signed checkpoint:\n").append(checkpoint.text());
		return out.toString();
	}

}
