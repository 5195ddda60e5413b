package gov.records.governance.sync;

import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformSummary;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Opens a connector for a platform: its base URL and ids from the platform's settings,
 * its credentials from the environment under the name the platform gives
 * ({@code credentialRef}: {@code <REF>_ACCESS_KEY_ID} and {@code <REF>_SECRET_ACCESS_KEY}
 * for Wickr, {@code <REF>} holding the token for Mattermost, Matrix and Slack, whose
 * token is an Org admin's {@code xoxp-} user token), and its own request time-out. The
 * demo's built-in simulator registers itself here as an override. Credentials are never
 * logged or shown.
 */
@Component
public class PlatformConnections {

	static final String DEFAULT_REGION = "us-east-1";

	private final Connectors connectors;

	private final Environment environment;

	private final Map<Long, ConnectionSettings> overrides = new ConcurrentHashMap<>();

	PlatformConnections(Connectors connectors, Environment environment) {
		this.connectors = connectors;
		this.environment = environment;
	}

	/**
	 * A connector for the platform.
	 * @throws ConnectorException ({@code UNAUTHORIZED}) when its credentials are not
	 * configured, naming the variables to set
	 */
	public BackendConnector open(PlatformSummary platform) {
		ConnectionSettings settings = settings(platform);
		return this.connectors.open(settings, this.connectors.options()
			.withRequestTimeout(Duration.ofSeconds(Math.max(1, platform.requestTimeoutSeconds()))));
	}

	/** Points a platform somewhere else (the demo's simulator), credentials included. */
	public void override(long platformId, ConnectionSettings settings) {
		this.overrides.put(platformId, settings);
	}

	/**
	 * Where the console reaches the platform; empty for platforms without a connector.
	 */
	public Optional<URI> endpoint(PlatformSummary platform) {
		ConnectionSettings override = this.overrides.get(platform.id());
		if (override != null) {
			return Optional.of(override.baseUrl());
		}
		return (platform.connected()) ? Optional.of(URI.create(platform.baseUrl())) : Optional.empty();
	}

	/** Whether the platform is served by the built-in simulator. */
	public boolean simulated(long platformId) {
		return this.overrides.containsKey(platformId);
	}

	ConnectionSettings settings(PlatformSummary platform) {
		ConnectionSettings override = this.overrides.get(platform.id());
		if (override != null) {
			return override;
		}
		if (!platform.connected() || platform.baseUrl() == null || platform.externalId() == null) {
			throw new ConnectorException(Kind.REJECTED, platform.name() + " has no connector settings");
		}
		URI base = URI.create(platform.baseUrl());
		String ref = (platform.credentialRef() == null) ? "" : platform.credentialRef();
		if (platform.kind() == PlatformKind.WICKR) {
			String key = secret(ref + "_ACCESS_KEY_ID");
			String secret = secret(ref + "_SECRET_ACCESS_KEY");
			if (key == null || secret == null) {
				throw missing(platform, ref + "_ACCESS_KEY_ID and " + ref + "_SECRET_ACCESS_KEY");
			}
			String region = (platform.region() == null) ? DEFAULT_REGION : platform.region();
			return ConnectionSettings.wickr(base, platform.externalId(), region, key, secret);
		}
		String token = secret(ref);
		if (token == null) {
			throw missing(platform, ref.isEmpty() ? "a credential reference" : ref);
		}
		return switch (platform.kind()) {
			case MATTERMOST -> ConnectionSettings.mattermost(base, platform.externalId(), token);
			case SLACK -> ConnectionSettings.slack(base, platform.externalId(), token, platform.defaultRetentionDays());
			default -> ConnectionSettings.matrix(base, platform.externalId(), token);
		};
	}

	private @Nullable String secret(String name) {
		if (name.isBlank() || name.startsWith("_")) {
			return null;
		}
		String value = this.environment.getProperty(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	private static ConnectorException missing(PlatformSummary platform, String names) {
		return new ConnectorException(Kind.UNAUTHORIZED,
				platform.name() + ": no credentials configured; set " + names + " in the environment");
	}

}
