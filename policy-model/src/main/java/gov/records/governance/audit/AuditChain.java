package gov.records.governance.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain of the audit log. An event's canonical form is JSON with its fields in
 * sorted key order, no insignificant whitespace, times as ISO-8601 UTC strings and absent
 * values as JSON null; {@code hash = SHA-256(prevHash-as-ASCII-hex || canonical-UTF-8)},
 * hex-encoded, and the first event chains to {@link #GENESIS}. The procedure to re-verify
 * an export without this code is in {@code docs/audit-chain.md}.
 */
public final class AuditChain {

	/** The previous hash of the first event: 64 zeros. */
	public static final String GENESIS = "0".repeat(64);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditChain() {
	}

	/** The canonical JSON of an event's fields (everything except its own hash). */
	public static String canonical(AuditRecord e) {
		Map<String, @Nullable Object> fields = new TreeMap<>();
		fields.put("seq", e.seq());
		fields.put("occurredAt", e.occurredAt().toString());
		fields.put("actor", e.actor());
		fields.put("actorRole", e.actorRole());
		fields.put("orgScope", e.orgScope());
		fields.put("action", e.action());
		fields.put("targetType", e.targetType());
		fields.put("targetId", e.targetId());
		fields.put("before", e.before());
		fields.put("after", e.after());
		fields.put("reason", e.reason());
		fields.put("clientAddress", e.clientAddress());
		fields.put("prevHash", e.prevHash());
		return JSON.writeValueAsString(fields);
	}

	public static String hash(String prevHash, String canonical) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

}
