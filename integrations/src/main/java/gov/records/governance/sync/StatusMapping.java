package gov.records.governance.sync;

import gov.records.governance.backends.LiveGroup;
import gov.records.governance.backends.StatusSource;
import gov.records.governance.backends.SyncedPlatform;
import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.CaptureState;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.platforms.PlatformKind;
import java.util.stream.Collectors;

/**
 * Turns what a connector reads into what the backends store: a {@link StatusSource} that
 * streams the connector's groups. Wickr's group list carries active members only, so its
 * groups' pending and suspended counts are unknown (null), not zero.
 */
final class StatusMapping {

	private StatusMapping() {
	}

	static StatusSource source(BackendConnector connector) {
		return (groups) -> platform(connector.streamStatus((group) -> groups.accept(live(group, connector.kind()))));
	}

	static LiveGroup live(GroupStatus group, PlatformKind kind) {
		AccountCounts counts = group.accounts();
		boolean activeOnly = kind == PlatformKind.WICKR;
		return new LiveGroup(group.externalId(), group.name(), group.settings(),
				(counts == null) ? null : counts.active(), (counts == null || activeOnly) ? null : counts.pending(),
				(counts == null || activeOnly) ? null : counts.suspended(), group.modified());
	}

	static SyncedPlatform platform(PlatformStatus status) {
		AccountCounts accounts = status.accounts();
		boolean wickr = status.kind() == PlatformKind.WICKR;
		return new SyncedPlatform(status.name(), status.facts(), accounts.active(), accounts.pending(),
				wickr ? null : accounts.suspended(), status.capture().supported(), status.capture().enabled(),
				detail(status.capture()));
	}

	/** "dataRetention=true, isBotActive=false", or why there is no capture to see. */
	static String detail(CaptureState capture) {
		if (!capture.supported()) {
			return capture.mechanism();
		}
		String flags = capture.flags()
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(", "));
		if (capture.enabled()) {
			return capture.mechanism() + (flags.isEmpty() ? "" : ": " + flags);
		}
		String off = capture.flags()
			.entrySet()
			.stream()
			.filter((e) -> !e.getValue())
			.map((e) -> e.getKey() + "=false")
			.collect(Collectors.joining(", "));
		return off.isEmpty() ? capture.mechanism() + " is off" : off;
	}

}
