package gov.records.governance.connectors;

import gov.records.governance.platforms.PlatformKind;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Where a backend is and how to sign in: the base URL, the platform's own id (the 8-digit
 * Wickr {@code networkId}, a Mattermost site name, a Matrix server name), the AWS region
 * (Wickr only) and the credentials. {@code toString} never shows the credentials.
 */
public record ConnectionSettings(PlatformKind kind, URI baseUrl, String externalId, String region,
		Credentials credentials, @Nullable Integer defaultRetentionDays) {

	public ConnectionSettings(PlatformKind kind, URI baseUrl, String externalId, String region,
			Credentials credentials) {
		this(kind, baseUrl, externalId, region, credentials, null);
	}

	public ConnectionSettings {
		if (kind == PlatformKind.OTHER) {
			throw new IllegalArgumentException("No connector for platforms of kind OTHER");
		}
		String path = baseUrl.getPath();
		if (path != null && path.endsWith("/")) {
			baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
		}
	}

	public static ConnectionSettings wickr(URI baseUrl, String networkId, String region, String accessKeyId,
			String secretAccessKey) {
		return new ConnectionSettings(PlatformKind.WICKR, baseUrl, networkId, region,
				new Credentials.AwsKeys(accessKeyId, secretAccessKey));
	}

	public static ConnectionSettings mattermost(URI baseUrl, String siteName, String personalAccessToken) {
		return new ConnectionSettings(PlatformKind.MATTERMOST, baseUrl, siteName, "",
				new Credentials.BearerToken(personalAccessToken));
	}

	public static ConnectionSettings matrix(URI baseUrl, String serverName, String accessToken) {
		return new ConnectionSettings(PlatformKind.MATRIX, baseUrl, serverName, "",
				new Credentials.BearerToken(accessToken));
	}

	/**
	 * A Slack Enterprise Grid (or GovSlack) org: its Web API base
	 * ({@code https://slack.com}, methods under {@code /api}), the org's id, an Org
	 * admin's user token ({@code xoxp-}) and the org's default retention in days (-1
	 * keeps forever, null not configured), which Slack's API does not expose (DD060).
	 */
	public static ConnectionSettings slack(URI baseUrl, String orgId, String userToken,
			@Nullable Integer defaultRetentionDays) {
		return new ConnectionSettings(PlatformKind.SLACK, baseUrl, orgId, "", new Credentials.BearerToken(userToken),
				defaultRetentionDays);
	}

	@Override
	public String toString() {
		return "ConnectionSettings[kind=" + this.kind + ", baseUrl=" + this.baseUrl + ", externalId=" + this.externalId
				+ ", region=" + this.region + ", credentials=" + this.credentials + ", defaultRetentionDays="
				+ this.defaultRetentionDays + "]";
	}

}
