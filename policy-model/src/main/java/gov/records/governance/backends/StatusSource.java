package gov.records.governance.backends;

import java.util.function.Consumer;

/**
 * Reads a backend's status: hands every group to {@code groups} as it is read, then
 * returns the platform's facts. It runs before the sync's transaction begins (DD023). Any
 * exception stops the sync and leaves what was stored before untouched.
 */
@FunctionalInterface
public interface StatusSource {

	SyncedPlatform read(Consumer<LiveGroup> groups);

}
