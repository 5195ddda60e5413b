package gov.records.governance.backends;

import java.util.function.Consumer;

/**
 * Reads a backend's status: hands every group to {@code groups} as it is read (a large
 * network is never held in memory at once), then returns the platform's facts. Any
 * exception stops the sync and leaves what was stored before untouched.
 */
@FunctionalInterface
public interface StatusSource {

	SyncedPlatform read(Consumer<LiveGroup> groups);

}
