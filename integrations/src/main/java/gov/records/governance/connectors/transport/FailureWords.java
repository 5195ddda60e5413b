package gov.records.governance.connectors.transport;

import gov.records.governance.connectors.ConnectorException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Failures in words a console user reads (a platform's last error, an outbox entry's
 * reason): what happened to the connection or the console, never the Java class that
 * reported it (issue 12 item 9). The exception itself goes to the log.
 */
public final class FailureWords {

	/** What a failure the console did not expect is stored and shown as. */
	public static final String INTERNAL = "the console failed while doing it (an internal error; its log has the details)";

	/** A qualified class name, a bare exception name or a stack frame. */
	private static final Pattern JAVA = Pattern.compile(
			"\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\tat ");

	/**
	 * What each kind of connection failure is called, the first that applies winning
	 * (subclasses before the classes they extend).
	 */
	private static final List<Map.Entry<Class<? extends IOException>, String>> CONNECTION = List.of(
			Map.entry(NoHttpResponseException.class, "the backend closed the connection without answering"),
			Map.entry(ConnectionClosedException.class,
					"the backend closed the connection before its answer was complete"),
			Map.entry(MalformedChunkCodingException.class, "the backend's answer was not valid HTTP"),
			Map.entry(UnknownHostException.class, "the backend's host name is not known"),
			Map.entry(ConnectException.class,
					"the backend refused the connection (nothing listens there, or a firewall)"),
			Map.entry(NoRouteToHostException.class, "there is no network route to the backend"),
			Map.entry(SSLException.class, "the secure (TLS) connection to the backend could not be set up"));

	private FailureWords() {
	}

	/** Why a connection to a backend gave no usable answer, in words. */
	public static String connection(IOException ex) {
		for (Map.Entry<Class<? extends IOException>, String> kind : CONNECTION) {
			if (kind.getKey().isInstance(ex)) {
				return kind.getValue();
			}
		}
		if (ex instanceof SocketException && ex.getMessage() != null
				&& ex.getMessage().toLowerCase(Locale.ROOT).contains("reset")) {
			return "the backend reset the connection";
		}
		if (ex.getClass() == IOException.class && plain(ex.getMessage())) {
			// the connector's own words (a body cut short)
			return ex.getMessage();
		}
		return "the connection to the backend failed";
	}

	/**
	 * Why an answer could not be read as JSON, in words, with where (Jackson's own
	 * message names its classes and features).
	 */
	public static String json(JacksonException ex) {
		TokenStreamLocation at = ex.getLocation();
		String where = (at != null && at.getLineNr() > 0)
				? " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
		return "the answer is not valid JSON" + where;
	}

	/**
	 * A failure of a sync or a push as stored and shown: a connector's own message (which
	 * names the platform, the operation and the backend's reason, never a class), or
	 * {@link #INTERNAL} for anything else.
	 */
	public static String of(RuntimeException ex) {
		if (ex instanceof ConnectorException && ex.getMessage() != null && !ex.getMessage().isBlank()) {
			return ex.getMessage();
		}
		boolean ours = ex.getClass() == IllegalArgumentException.class || ex.getClass() == IllegalStateException.class;
		if (ours && plain(ex.getMessage())) {
			// a connector's refusal of its configuration ("A Wickr networkId has 8
			// digits")
			return ex.getMessage();
		}
		return INTERNAL;
	}

	/** Whether a message is words: no Java class name, no stack frame. */
	static boolean plain(@Nullable String message) {
		return message != null && !message.isBlank() && !JAVA.matcher(message).find();
	}

}
