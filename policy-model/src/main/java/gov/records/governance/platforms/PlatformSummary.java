package gov.records.governance.platforms;

import org.jspecify.annotations.Nullable;

/**
 * A platform as the console shows it. Connection settings name where credentials come
 * from ({@code credentialRef}), never the credentials themselves; {@code autoRemediate}
 * says whether drift is pushed back automatically.
 */
public record PlatformSummary(long id, String name, PlatformKind kind, boolean sanctioned, @Nullable String baseUrl,
		@Nullable String externalId, @Nullable String credentialRef, int syncIntervalSeconds,
		@Nullable String description, @Nullable String region, int requestTimeoutSeconds, boolean autoRemediate,
		@Nullable Integer defaultRetentionDays) {

	/** Whether the console can reach the platform through a connector. */
	public boolean connected() {
		return this.kind != PlatformKind.OTHER && this.baseUrl != null && this.externalId != null;
	}

}
