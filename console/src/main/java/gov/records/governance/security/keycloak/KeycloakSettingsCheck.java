package gov.records.governance.security.keycloak;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the keycloak profile without the identity provider's settings, naming
 * each missing one (and its environment variable). In {@code prod} it also refuses an
 * issuer that is not {@code https} and the demo realm's published client secret.
 */
final class KeycloakSettingsCheck {

	/** The client secret in {@code docker/keycloak/governance-realm.json}: demo only. */
	static final String DEMO_CLIENT_SECRET = "demo-console-secret-change-me";

	private KeycloakSettingsCheck() {
	}

	static void check(KeycloakProperties settings, Environment environment) {
		List<String> problems = new ArrayList<>();
		boolean prod = environment.matchesProfiles("prod");
		String issuer = settings.issuer();
		if (issuer.isEmpty()) {
			problems.add(missing("governance.keycloak.issuer-uri", "GOVERNANCE_KEYCLOAK_ISSUER_URI",
					"the realm's issuer, e.g. https://sso.example.gov/realms/governance"));
		}
		else if (!isHttpUrl(issuer)) {
			problems.add("governance.keycloak.issuer-uri is not an http(s) address: " + issuer);
		}
		else if (prod && !issuer.startsWith("https://")) {
			problems.add("governance.keycloak.issuer-uri must be an https address in prod: " + issuer);
		}
		if (settings.client().isEmpty()) {
			problems.add(missing("governance.keycloak.client-id", "GOVERNANCE_KEYCLOAK_CLIENT_ID",
					"the console's client in the realm"));
		}
		String secret = settings.clientSecret();
		if (secret == null || secret.isBlank()) {
			problems.add(missing("governance.keycloak.client-secret", "GOVERNANCE_KEYCLOAK_CLIENT_SECRET",
					"the console client's secret"));
		}
		else if (prod && DEMO_CLIENT_SECRET.equals(secret.strip())) {
			problems.add("governance.keycloak.client-secret (GOVERNANCE_KEYCLOAK_CLIENT_SECRET) is the demo realm's "
					+ "published secret; prod needs the realm's own");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The keycloak profile cannot start: " + String.join("; ", problems));
		}
	}

	private static String missing(String property, String variable, String what) {
		return property + " is not set (environment " + variable + "): " + what;
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = URI.create(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
