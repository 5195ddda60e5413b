package gov.records.governance.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The settings the {@code prod} profile cannot start without, each named by the
 * environment variable an operator sets. Checked before any bean is created, so a missing
 * one stops the start with one plain paragraph instead of a data-source error or a
 * console that answers 500 on its public endpoints.
 */
final class ProdSettings {

	/** A required setting: the property, the variable that feeds it, what it is. */
	record Required(String property, String variable, String what, boolean mayBeEmpty) {
	}

	static final List<Required> REQUIRED = List.of(
			new Required("spring.datasource.url", "SPRING_DATASOURCE_URL", "the database URL (jdbc:postgresql://...)",
					false),
			new Required("spring.datasource.username", "SPRING_DATASOURCE_USERNAME", "the database user", false),
			new Required("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD",
					"the database password (may be empty)", true),
			new Required("governance.reports.signing.keystore", "GOVERNANCE_REPORTS_SIGNING_KEYSTORE",
					"the report signing keystore (PKCS#12 file)", false),
			new Required("governance.reports.signing.password", "GOVERNANCE_REPORTS_SIGNING_PASSWORD",
					"the report signing keystore's password", false),
			new Required("governance.reports.archive-dir", "GOVERNANCE_REPORTS_ARCHIVE_DIR",
					"the report archive directory", false),
			new Required("governance.log.origin", "GOVERNANCE_LOG_ORIGIN", "the audit log's origin name", false),
			new Required("governance.log.signer-key", "GOVERNANCE_LOG_SIGNER_KEY",
					"the audit log's checkpoint signing key", false));

	private ProdSettings() {
	}

	/** Every problem with the required settings, in the order above; empty if none. */
	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		for (Required required : REQUIRED) {
			String value = value(environment, required.property());
			if (value == null || (!required.mayBeEmpty() && value.isBlank())) {
				problems.add(required.variable() + " (" + required.what() + ") is not set");
			}
		}
		String url = value(environment, "spring.datasource.url");
		if (url != null && !url.isBlank() && !url.startsWith("jdbc:")) {
			problems.add("SPRING_DATASOURCE_URL must start with jdbc:");
		}
		String keystore = value(environment, "governance.reports.signing.keystore");
		if (keystore != null && !keystore.isBlank() && !Files.isRegularFile(Path.of(keystore))) {
			problems.add("GOVERNANCE_REPORTS_SIGNING_KEYSTORE names " + keystore + ", which is not a readable file");
		}
		return problems;
	}

	/** The paragraph an operator reads when the start is refused. */
	static String message(List<String> problems) {
		return "The prod profile needs every secret and address from the environment, and some are missing: "
				+ String.join("; ", problems)
				+ ". Set them (docs/operator-guide.md lists each one) and start again; nothing was changed.";
	}

	/** The resolved value, or null when unset or left as an unresolved placeholder. */
	private static @Nullable String value(Environment environment, String property) {
		try {
			String value = environment.getProperty(property);
			return (value == null || value.contains("${")) ? null : value;
		}
		catch (IllegalArgumentException unresolved) {
			return null;
		}
	}

}
