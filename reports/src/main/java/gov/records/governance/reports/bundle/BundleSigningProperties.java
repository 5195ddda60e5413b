package gov.records.governance.reports.bundle;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bundle signing key lives ({@code governance.reports.signing.*}).
 *
 * @param keystore the PKCS#12 file; default
 * {@code ~/.governance-console/report-signing.p12}
 * @param password the keystore and key password; the default is for local use only,
 * production sets {@code GOVERNANCE_REPORTS_SIGNING_PASSWORD}
 * @param alias the key entry's alias
 * @param generateIfMissing create a key and a self-signed certificate on first use when
 * the file does not exist (the default profile); production sets {@code false} and
 * provides the keystore, so a missing file is an error, not a new identity
 * @param subject the distinguished name of a generated certificate
 * @param previousAliases entries of the same keystore whose certificates signed earlier
 * bundles (a key rotation, DD055): bundles they signed still verify; new bundles are
 * signed only with {@code alias}
 */
@ConfigurationProperties("governance.reports.signing")
public record BundleSigningProperties(@Nullable Path keystore, @DefaultValue("local-only-change-me") String password,
		@DefaultValue("report-signing") String alias, @DefaultValue("true") boolean generateIfMissing,
		@DefaultValue("CN=Records Governance Console report signing (self-signed)") String subject,
		@Nullable List<String> previousAliases) {

	@ConstructorBinding
	public BundleSigningProperties {
		previousAliases = (previousAliases == null) ? List.of()
				: previousAliases.stream().map(String::strip).filter((a) -> !a.isEmpty()).toList();
	}

	/** Without previous keys (no rotation yet). */
	public BundleSigningProperties(@Nullable Path keystore, String password, String alias, boolean generateIfMissing,
			String subject) {
		this(keystore, password, alias, generateIfMissing, subject, List.of());
	}

	/** The keystore path, or its default. */
	public Path keystorePath() {
		return (this.keystore != null) ? this.keystore
				: Path.of(System.getProperty("user.home"), ".governance-console", "report-signing.p12");
	}

}
