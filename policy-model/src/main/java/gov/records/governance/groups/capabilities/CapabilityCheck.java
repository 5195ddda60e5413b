package gov.records.governance.groups.capabilities;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.shared.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares settings with what a platform accepts, control by control; every problem names
 * the platform kind and what it accepts instead.
 */
final class CapabilityCheck {

	private CapabilityCheck() {
	}

	static List<Problem> problems(PlatformCapabilities can, String platformName, DeletionSettings s) {
		String on = platformName.equals(can.kind().label()) ? platformName
				: platformName + " (" + can.kind().label() + ")";
		List<Problem> problems = new ArrayList<>();
		if (!can.changeable()) {
			problems.add(new Problem(0, "settings", on + " is not changed through the console. " + can.allowed()));
			return problems;
		}
		if (!s.autoDelete() && !can.keepsForever()) {
			problems.add(new Problem(0, "autoDelete",
					on + " cannot keep messages forever: " + can.kind().label()
							+ " messages always expire. Turn auto-delete on with a maximum lifetime of "
							+ can.lifetimes().text() + ", and keep records by capture."));
		}
		Duration lifetime = s.maxLifetime();
		if (s.autoDelete() && lifetime != null && !can.lifetimes().accepts(lifetime)) {
			problems.add(new Problem(0, "maxLifetime",
					on + " accepts a maximum lifetime of " + can.lifetimes().text() + "."));
		}
		if (s.burnOnRead() != null && !can.burnOnRead()) {
			problems.add(new Problem(0, "burnOnRead", on + " has no burn-on-read cap: leave it empty."));
		}
		if (s.shredderIntensity() != 0 && !can.shredder()) {
			problems.add(new Problem(0, "shredderIntensity", on + " has no shredder: leave the intensity at 0."));
		}
		else if (can.shredder() && !can.shredderIntensities().contains(s.shredderIntensity())) {
			problems.add(new Problem(0, "shredderIntensity", on + " accepts a shredder intensity of "
					+ can.shredderIntensities().stream().map(String::valueOf).collect(Collectors.joining(", "))));
		}
		if (s.captureEnabled() && can.capture() == CaptureControl.NONE) {
			problems.add(new Problem(0, "captureEnabled", on + " cannot capture messages for records."));
		}
		return problems;
	}

}
