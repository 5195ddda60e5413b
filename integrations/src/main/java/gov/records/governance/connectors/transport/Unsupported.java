package gov.records.governance.connectors.transport;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.FieldReason;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.groups.DeletionSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before anything is sent, the parts of a {@link DeletionSettings} a platform
 * cannot express (Mattermost and Matrix have no burn-on-read, no shredder, and no capture
 * switch in the APIs the connectors use), so nothing is silently dropped.
 */
public final class Unsupported {

	private Unsupported() {
	}

	public static void check(String label, DeletionSettings settings) {
		List<FieldReason> reasons = new ArrayList<>();
		if (settings.burnOnRead() != null) {
			reasons.add(new FieldReason("burnOnRead", "not supported by this platform"));
		}
		if (settings.shredderIntensity() != 0) {
			reasons.add(new FieldReason("shredderIntensity", "not supported by this platform"));
		}
		if (settings.captureEnabled()) {
			reasons.add(new FieldReason("captureEnabled", "capture is not controlled through this platform's API"));
		}
		if (settings.autoDelete() && (settings.maxLifetime() == null || settings.maxLifetime().isNegative()
				|| settings.maxLifetime().isZero())) {
			reasons.add(new FieldReason("maxLifetime", "auto-delete needs a positive maximum lifetime"));
		}
		if (!reasons.isEmpty()) {
			throw new ConnectorException(Kind.VALIDATION, label + ": settings refused before sending: " + reasons, 0,
					reasons, null, null);
		}
	}

}
