package gov.records.governance.durability;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Arms the crash suite's {@link KillPoint} from the JVM system property
 * {@code governance.test.kill-at} (never from application properties or the environment,
 * so no configuration file can arm it), and refuses to start under the {@code prod}
 * profile when that property is set: a production console cannot be made to halt itself.
 */
@Component
class KillPointGuard {

	KillPointGuard(Environment environment) {
		String spec = System.getProperty(KillPoint.PROPERTY);
		if (spec == null || spec.isBlank()) {
			KillPoint.disarm();
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("The system property " + KillPoint.PROPERTY
					+ " is for the crash suite only; the prod profile does not start with it.");
		}
		KillPoint.arm(spec);
	}

}
