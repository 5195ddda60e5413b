package gov.records.governance.api;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.shared.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Deletion settings on the wire: durations as whole seconds (null: none). In a request
 * {@code autoDelete}, {@code shredderIntensity} and {@code captureEnabled} are required;
 * a missing one is refused rather than taken as false or 0.
 */
public record SettingsBody(@Nullable Boolean autoDelete, @Nullable Long maxLifetimeSeconds,
		@Nullable Long burnOnReadSeconds, @Nullable Integer shredderIntensity, @Nullable Boolean captureEnabled) {

	static SettingsBody of(DeletionSettings s) {
		return new SettingsBody(s.autoDelete(), (s.maxLifetime() != null) ? s.maxLifetime().toSeconds() : null,
				(s.burnOnRead() != null) ? s.burnOnRead().toSeconds() : null, s.shredderIntensity(),
				s.captureEnabled());
	}

	/** The required fields that are missing, named under {@code prefix}. */
	List<Problem> missing(String prefix) {
		List<Problem> problems = new ArrayList<>();
		if (this.autoDelete == null) {
			problems.add(new Problem(0, prefix + "autoDelete", "required: true or false"));
		}
		if (this.shredderIntensity == null) {
			problems.add(new Problem(0, prefix + "shredderIntensity", "required: 0, 20, 60 or 100"));
		}
		if (this.captureEnabled == null) {
			problems.add(new Problem(0, prefix + "captureEnabled", "required: true or false"));
		}
		return problems;
	}

	/** The settings; call only once {@link #missing} found nothing. */
	DeletionSettings toSettings() {
		return new DeletionSettings(Objects.requireNonNull(this.autoDelete),
				(this.maxLifetimeSeconds != null) ? Duration.ofSeconds(this.maxLifetimeSeconds) : null,
				(this.burnOnReadSeconds != null) ? Duration.ofSeconds(this.burnOnReadSeconds) : null,
				Objects.requireNonNull(this.shredderIntensity), Objects.requireNonNull(this.captureEnabled));
	}

}
