package gov.records.governance.connectors;

import gov.records.governance.connectors.mattermost.MattermostConnector;
import gov.records.governance.connectors.matrix.MatrixConnector;
import gov.records.governance.connectors.wickr.WickrConnector;
import java.net.http.HttpClient;

/**
 * Opens connectors over one shared {@link HttpClient} (its connection pool is reused by
 * every connector it opens). Make one per application, close it on shutdown.
 * <p>
 * The client runs its own follow-up work (parsing response heads, handing body buffers
 * on, completing futures) on the thread that has the data, its selector thread, instead
 * of a pool: the connectors only call {@code send}, which blocks the caller, and their
 * body subscriber only collects buffers, so nothing blocks there; on a sync of 250 pages
 * that saves a hand-over per response (DD013).
 */
public final class Connectors implements AutoCloseable {

	private final HttpClient client;

	private final ConnectorOptions options;

	public Connectors(ConnectorOptions options) {
		this.options = options;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(options.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Runnable::run)
			.build();
	}

	/** A connector for the platform the settings describe. */
	public BackendConnector open(ConnectionSettings settings) {
		return open(settings, this.options);
	}

	/**
	 * A connector with options of its own (a platform's request time-out), over the
	 * shared client.
	 */
	public BackendConnector open(ConnectionSettings settings, ConnectorOptions options) {
		return switch (settings.kind()) {
			case WICKR -> new WickrConnector(this.client, settings, options);
			case MATTERMOST -> new MattermostConnector(this.client, settings, options);
			case MATRIX -> new MatrixConnector(this.client, settings, options);
			case OTHER -> throw new IllegalArgumentException("No connector for platforms of kind OTHER");
		};
	}

	public ConnectorOptions options() {
		return this.options;
	}

	@Override
	public void close() {
		this.client.close();
	}

}
