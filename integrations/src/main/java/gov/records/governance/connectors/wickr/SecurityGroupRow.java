package gov.records.governance.connectors.wickr;

import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;

/**
 * The parts of a Wickr security group the console governs. Mapping to
 * {@link DeletionSettings}: {@code maxTtl > 0} means auto-delete with that maximum
 * lifetime (Wickr messages always expire; the cap is what users may not exceed),
 * {@code maxBor > 0} is the burn-on-read cap, {@code shredder.intensity} the shredder,
 * and capture is the network's (it is network-wide in Wickr).
 */
record SecurityGroupRow(String id, String name, long maxTtl, long maxBor, int shredderIntensity, long modified,
		long activeMembers) {

	DeletionSettings settings(boolean capture) {
		boolean autoDelete = this.maxTtl > 0;
		return new DeletionSettings(autoDelete, autoDelete ? Duration.ofSeconds(this.maxTtl) : null,
				(this.maxBor > 0) ? Duration.ofSeconds(this.maxBor) : null, this.shredderIntensity, capture);
	}

	boolean sameDeletionSettings(long ttl, long bor, int intensity) {
		return this.maxTtl == ttl && this.maxBor == bor && this.shredderIntensity == intensity;
	}

}
