package gov.records.governance.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The settings the {@code prod} profile cannot start without, each named by the
 * environment variable an operator sets, and the unsafe ones it refuses: an H2 database,
 * the demo data, the built-in simulator, demo users, a placeholder or malformed signing
 * key, and no identity provider (the {@code keycloak} profile and its issuer). Checked
 * before any bean is created, so a bad one stops the start with one plain paragraph
 * instead of a data-source error or a console that answers 500 on its public endpoints.
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

	/** The placeholder that {@code docker/.env.example} gives every secret. */
	static final String PLACEHOLDER = "change-me";

	/** The packaged defaults, where the demo users of the other profiles are declared. */
	private static final String PACKAGED_DEFAULTS = "class path resource [application.properties]";

	private static final ConfigurationPropertyName DEMO_USERS = ConfigurationPropertyName.of("governance.demo-users");

	private ProdSettings() {
	}

	/** Every problem with the required and the unsafe settings; empty if none. */
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
		else if (url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
			problems.add("SPRING_DATASOURCE_URL names an H2 database, and prod runs on PostgreSQL only");
		}
		String keystore = value(environment, "governance.reports.signing.keystore");
		if (keystore != null && !keystore.isBlank() && !Files.isRegularFile(Path.of(keystore))) {
			problems.add("GOVERNANCE_REPORTS_SIGNING_KEYSTORE names " + keystore + ", which is not a readable file");
		}
		if (placeholder(value(environment, "governance.reports.signing.password"))) {
			problems.add("GOVERNANCE_REPORTS_SIGNING_PASSWORD is still the placeholder " + PLACEHOLDER);
		}
		String signer = value(environment, "governance.log.signer-key");
		if (placeholder(signer)) {
			problems.add("GOVERNANCE_LOG_SIGNER_KEY is still the placeholder " + PLACEHOLDER);
		}
		else if (signer != null && !signer.isBlank() && !signer.strip().startsWith("PRIVATE+KEY+")) {
			problems.add("GOVERNANCE_LOG_SIGNER_KEY is not a note signer key (PRIVATE+KEY+<origin>+<id>+<key>)");
		}
		unsafe(environment, problems);
		return problems;
	}

	/** Demo settings and the missing identity provider. */
	private static void unsafe(Environment environment, List<String> problems) {
		if (Boolean.parseBoolean(value(environment, "governance.demo.enabled"))) {
			problems.add("governance.demo.enabled (GOVERNANCE_DEMO_ENABLED) is true, and prod loads no demo data");
		}
		if (Boolean.parseBoolean(value(environment, "governance.simulator.enabled"))) {
			problems.add(
					"governance.simulator.enabled (GOVERNANCE_SIMULATOR_ENABLED) is true, and prod reaches real backends only");
		}
		String demoUsers = demoUsersSetOutsideDefaults(environment);
		if (demoUsers != null) {
			problems.add("governance.demo-users is set (in " + demoUsers
					+ "), and prod has no embedded users: people sign in through the identity provider");
		}
		if (!environment.matchesProfiles("keycloak")) {
			problems.add("no identity provider: the keycloak profile is not active "
					+ "(SPRING_PROFILES_ACTIVE=prod,keycloak, with GOVERNANCE_KEYCLOAK_ISSUER_URI)");
		}
		else {
			String issuer = value(environment, "governance.keycloak.issuer-uri");
			if (issuer == null || issuer.isBlank()) {
				problems.add("GOVERNANCE_KEYCLOAK_ISSUER_URI (the identity provider's issuer) is not set");
			}
		}
	}

	/**
	 * Where demo users are configured other than in the packaged defaults (which no prod
	 * bean reads), or null.
	 */
	private static @Nullable String demoUsersSetOutsideDefaults(Environment environment) {
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return null;
		}
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (source.getName().contains(PACKAGED_DEFAULTS)) {
				continue;
			}
			ConfigurationPropertySource properties = ConfigurationPropertySource.from(source);
			if (properties != null
					&& properties.containsDescendantOf(DEMO_USERS) == ConfigurationPropertyState.PRESENT) {
				return source.getName();
			}
		}
		return null;
	}

	private static boolean placeholder(@Nullable String value) {
		return value != null && value.strip().equalsIgnoreCase(PLACEHOLDER);
	}

	/** The paragraph an operator reads when the start is refused. */
	static String message(List<String> problems) {
		return "The prod profile needs every secret and address from the environment and refuses unsafe settings: "
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
