package gov.records.governance.connectors;

import gov.records.governance.connectors.mattermost.MattermostConnector;
import gov.records.governance.connectors.matrix.MatrixConnector;
import gov.records.governance.connectors.slack.SlackConnector;
import gov.records.governance.connectors.wickr.WickrConnector;
import gov.records.governance.connectors.transport.SharedHttpClient;

/**
 * Opens connectors over one {@link SharedHttpClient} (its connection pool is reused by
 * every connector it opens). Make one per application, close it on shutdown.
 */
public final class Connectors implements AutoCloseable {

	private final SharedHttpClient client;

	private final ConnectorOptions options;

	public Connectors(ConnectorOptions options) {
		this.options = options;
		this.client = new SharedHttpClient(options.connectTimeout());
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
			case SLACK -> new SlackConnector(this.client, settings, options);
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
