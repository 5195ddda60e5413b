package gov.records.governance.authorization;

import gov.records.governance.authorization.MatrixHttp.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens a Vaadin route over real HTTP the way the browser's Flow client does, without a
 * browser: the page request (which Spring Security may redirect to the login page), the
 * client's {@code v-r=init} request, then the {@code ui-navigate} event in a UIDL
 * request. The server's answer to that event is the rendered view as UIDL; the outcome is
 * read from it: the access-denied view, the not-found view, the login form, an error, or
 * the route's own view.
 */
final class ViewProbe {

	/** What opening a route showed. */
	enum Outcome {

		/** The route's own view. */
		OPEN,
		/** The access-denied view (no data). */
		DENIED,
		/** The not-found view (also for a record outside the user's scope). */
		NOT_FOUND,
		/** Sent to sign in. */
		LOGIN,
		/** Vaadin's internal error page: an exception reached the user. */
		ERROR;

		static Outcome of(String text) {
			return valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}

		@Override
		public String toString() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final MatrixHttp.Session session;

	ViewProbe(MatrixHttp.Session session) {
		this.session = session;
	}

	/**
	 * Opens {@code path} (no leading slash; empty for the root route); the route's own
	 * view counts as open only if the page title it declares (if any) was set.
	 */
	Outcome open(String path, @Nullable String title) {
		Answer page = this.session.get("/" + path);
		if (page.status() == 302 && page.location().filter((l) -> l.endsWith("/login")).isPresent()) {
			return Outcome.LOGIN;
		}
		if (page.status() != 200) {
			throw new IllegalStateException("GET /" + path + " answered " + page.status());
		}
		String location = URLEncoder.encode(path, StandardCharsets.UTF_8);
		JsonNode init = this.session.get("/?v-r=init&location=" + location + "&query=").json().get("appConfig");
		String uiId = init.get("v-uiId").asString();
		String securityKey = init.get("uidl").get("Vaadin-Security-Key").asString();
		ObjectNode data = MatrixHttp.JSON.createObjectNode()
			.put("route", path)
			.put("query", "")
			.put("appShellTitle", "")
			.put("trigger", "");
		data.putObject("historyState").put("idx", 0);
		ObjectNode message = MatrixHttp.JSON.createObjectNode()
			.put("csrfToken", securityKey)
			.put("syncId", 0)
			.put("clientId", 0);
		message.putArray("rpc")
			.addObject()
			.put("type", "event")
			.put("node", 1)
			.put("event", "ui-navigate")
			.set("data", data);
		Answer rendered = this.session.postJson("/?v-r=uidl&v-uiId=" + uiId, message.toString());
		if (rendered.status() != 200) {
			throw new IllegalStateException("navigating to /" + path + " answered " + rendered.status());
		}
		return outcome(rendered.text(), title);
	}

	/** The rendered view, read from the ids and texts the UIDL carries. */
	static Outcome outcome(String uidl, @Nullable String title) {
		if (uidl.contains("There was an exception while trying to navigate")) {
			return Outcome.ERROR;
		}
		if (uidl.contains("\"access-denied\"")) {
			return Outcome.DENIED;
		}
		if (uidl.contains("\"not-found\"")) {
			return Outcome.NOT_FOUND;
		}
		if (uidl.contains("\"vaadin-login-form\"")) {
			return Outcome.LOGIN;
		}
		if (title != null && !uidl.contains(MatrixHttp.JSON.writeValueAsString(title))) {
			return Outcome.ERROR;
		}
		return Outcome.OPEN;
	}

}
