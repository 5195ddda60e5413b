package gov.records.governance.platforms.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.base.ui.Formats;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformSummary;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The selected platform in full: where the console reaches it (and which credentials it
 * uses, by name only), its sync record with the whole last error, what the backend told
 * about itself, its capture, and its drift remediation with the switch for administrators
 * whose scope is the whole department.
 */
class PlatformDetails extends Composite<VerticalLayout> {

	private final PlatformService platforms;

	private final boolean platformWide;

	private final Runnable changed;

	PlatformDetails(PlatformService platforms, boolean platformWide, Runnable changed) {
		this.platforms = platforms;
		this.platformWide = platformWide;
		this.changed = changed;
		getContent().setId("platform-details");
		getContent().setPadding(false);
		show(null);
	}

	void show(@Nullable PlatformRow row) {
		VerticalLayout content = getContent();
		content.removeAll();
		if (row == null) {
			content.add(PlatformListView.muted("Select a platform to see its sync record and settings."));
			return;
		}
		PlatformHealth h = row.health();
		PlatformSummary p = h.platform();
		content.add(new H3(p.name()));
		if (p.description() != null) {
			content.add(new Paragraph(p.description()));
		}
		if (!p.connected()) {
			content.add(PlatformListView.muted("No connector: the console knows this platform from device "
					+ "inventories and known accounts only, so it has nothing to sync."));
			return;
		}
		Div facts = new Div(
				fact("Endpoint",
						Objects.requireNonNullElse(row.endpoint(), "—")
								+ (row.simulated() ? " (built-in simulator)" : "")),
				fact("Platform id", p.externalId()),
				fact("Credentials",
						p.credentialRef() == null ? "none named"
								: "from the environment variables starting " + p.credentialRef()
										+ " (never stored or shown)"),
				fact("Sync every", (p.syncIntervalSeconds() / 60) + " min"),
				fact("Request time-out", p.requestTimeoutSeconds() + " s"),
				fact("Last attempt", Formats.time(h.lastAttemptAt(), "never")),
				fact("Last success", Formats.time(h.lastSuccessAt(), "never")),
				fact("Failed syncs in a row", Integer.toString(h.consecutiveFailures())),
				fact("Backend failures in a row (syncs and pushes)", Integer.toString(row.circuitFailures())),
				fact("Backend calls", circuitWords(row.circuit())),
				fact("Last sync took", (h.lastDurationMs() == null) ? "—" : h.lastDurationMs() + " ms"),
				fact("Capture", row.capture()));
		if (p.kind() == PlatformKind.SLACK) {
			facts.add(fact("Org default retention", slackDefault(p.defaultRetentionDays())));
		}
		h.facts().forEach((key, value) -> facts.add(fact(factName(key), factValue(value))));
		facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
		content.add(facts);
		if (p.kind() == PlatformKind.SLACK) {
			content.add(PlatformListView.muted("A conversation without a custom retention follows the org's or "
					+ "workspace's default. Slack's API does not expose that default: the console takes it from this "
					+ "platform's configuration (DD060)."));
		}
		if (h.captureDetail() != null) {
			content.add(PlatformListView.muted("Capture as the backend reports it: " + h.captureDetail()));
		}
		if (h.lastError() != null && h.consecutiveFailures() > 0) {
			Span error = new Span("Last error (" + Formats.time(h.lastErrorAt(), "") + "): " + h.lastError());
			error.setId("platform-last-error");
			error.getStyle().set("color", "var(--lumo-error-text-color)");
			content.add(error);
		}
		content.add(remediation(p));
	}

	private Div remediation(PlatformSummary p) {
		Span text = new Span(p.autoRemediate()
				? "Drift is remediated automatically: the governed settings are pushed back (audited)."
				: "Drift is reported as a finding; nothing is pushed back automatically.");
		Div line = new Div(text);
		line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
		if (this.platformWide) {
			Button toggle = new Button(p.autoRemediate() ? "Turn off remediation…" : "Turn on remediation…",
					(click) -> new AutoRemediationDialog(this.platforms, p, this.changed).open());
			toggle.setId("toggle-remediation");
			line.add(toggle);
		}
		return line;
	}

	private static String slackDefault(@Nullable Integer days) {
		if (days == null) {
			return "not configured (Slack's own default: keep everything)";
		}
		return ((days < 0) ? "keep everything" : days + " days") + " (configured here; not exposed by Slack's API)";
	}

	private static Div fact(String label, @Nullable String value) {
		Span name = new Span(label);
		name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span text = new Span(Objects.requireNonNullElse(value, "—"));
		text.getStyle().set("font-weight", "600");
		Div fact = new Div(name, text);
		fact.getStyle().set("display", "flex").set("flex-direction", "column");
		return fact;
	}

	/** The circuit breaker's state in plain words (docs/glossary.md). */
	static String circuitWords(String state) {
		return switch (state) {
			case "Open" -> "Paused after repeated failures";
			case "Half-open" -> "Trying again after a pause";
			default -> "Normal";
		};
	}

	/** A backend's own field name in plain words; unknown ones split at capitals. */
	static String factName(String key) {
		return switch (key) {
			case "accessLevel" -> "Plan";
			case "securityGroups" -> "Security groups";
			case "licencesRemaining", "licensesRemaining" -> "Licences left";
			case "botExists" -> "Capture bot present";
			case "botActive" -> "Capture bot active";
			case "dataRetention" -> "Data retention (capture)";
			default -> {
				String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
				yield spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
			}
		};
	}

	static String factValue(String value) {
		return switch (value) {
			case "true" -> "Yes";
			case "false" -> "No";
			case "PREMIUM" -> "Premium";
			case "STANDARD" -> "Standard";
			default -> value;
		};
	}

}
