package gov.records.governance.audit;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's published checkpoints ({@code governance.log.*}).
 *
 * @param origin the log's name in every checkpoint (and the note key's name): a
 * schema-less name without spaces or {@code +}
 * @param signerKey the Ed25519 note signer key string ({@code PRIVATE+KEY+name+id+key});
 * production sets it from {@code GOVERNANCE_LOG_SIGNER_KEY}. Secret: never logged, never
 * shown
 * @param signerKeyFile where the default profile keeps a generated signer key when
 * {@code signerKey} is not set; default {@code ~/.governance-console/log-signer.key}
 * @param generateIfMissing create a key in {@code signerKeyFile} on first use when there
 * is none (the default profile); production sets {@code false}, so a missing key fails
 * instead of silently starting a new log identity
 * @param witnessFile where the newest checkpoint handed out is also kept, synced, outside
 * the database (DD017); not set: only the database keeps it
 */
@ConfigurationProperties("governance.log")
public record LogProperties(@DefaultValue("records-governance-console.local/audit") String origin,
		@Nullable String signerKey, @Nullable Path signerKeyFile, @DefaultValue("true") boolean generateIfMissing,
		@Nullable Path witnessFile) {

	/** The witness file of the newest published checkpoint, if one is configured. */
	public @Nullable Path witnessPath() {
		return this.witnessFile;
	}

	/** The signer key file, or its default. */
	public Path signerKeyPath() {
		return (this.signerKeyFile != null) ? this.signerKeyFile
				: Path.of(System.getProperty("user.home"), ".governance-console", "log-signer.key");
	}

	@Override
	public String toString() {
		return "LogProperties[origin=" + this.origin + ", signerKeyFile=" + this.signerKeyFile + ", generateIfMissing="
				+ this.generateIfMissing + ", witnessFile=" + this.witnessFile + "]";
	}

}
