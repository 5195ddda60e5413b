package gov.records.governance.api;

import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Deletion settings on the wire: durations as whole seconds (null: none). */
public record SettingsBody(boolean autoDelete, @Nullable Long maxLifetimeSeconds, @Nullable Long burnOnReadSeconds,
		int shredderIntensity, boolean captureEnabled) {

	static SettingsBody of(DeletionSettings s) {
		return new SettingsBody(s.autoDelete(), (s.maxLifetime() != null) ? s.maxLifetime().toSeconds() : null,
				(s.burnOnRead() != null) ? s.burnOnRead().toSeconds() : null, s.shredderIntensity(),
				s.captureEnabled());
	}

	DeletionSettings toSettings() {
		return new DeletionSettings(this.autoDelete,
				(this.maxLifetimeSeconds != null) ? Duration.ofSeconds(this.maxLifetimeSeconds) : null,
				(this.burnOnReadSeconds != null) ? Duration.ofSeconds(this.burnOnReadSeconds) : null,
				this.shredderIntensity, this.captureEnabled);
	}

}
