package gov.records.governance.connectors;

/**
 * How a connector proves who it is. Resolved by the caller (from the environment); the
 * {@code toString} of every implementation hides the secret parts.
 */
public sealed interface Credentials permits Credentials.AwsKeys, Credentials.BearerToken {

	/** An AWS access key pair for SigV4 signing (Wickr). */
	record AwsKeys(String accessKeyId, String secretAccessKey) implements Credentials {

		@Override
		public String toString() {
			return "AwsKeys[accessKeyId=" + Redaction.tail(this.accessKeyId) + ", secretAccessKey=***]";
		}

	}

	/** A bearer token: a Mattermost personal access token, a Matrix access token. */
	record BearerToken(String token) implements Credentials {

		@Override
		public String toString() {
			return "BearerToken[***]";
		}

	}

}
