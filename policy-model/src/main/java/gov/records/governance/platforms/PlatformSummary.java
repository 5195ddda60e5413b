package gov.records.governance.platforms;

import org.jspecify.annotations.Nullable;

/**
 * A platform as the console shows it. Connection settings name where credentials come
 * from ({@code credentialRef}), never the credentials themselves.
 */
public record PlatformSummary(long id, String name, PlatformKind kind, boolean sanctioned, @Nullable String baseUrl,
		@Nullable String externalId, @Nullable String credentialRef, int syncIntervalSeconds,
		@Nullable String description) {
}
