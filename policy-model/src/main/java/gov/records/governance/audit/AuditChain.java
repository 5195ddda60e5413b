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

	/**
	 * The canonical JSON of an event's fields (everything except its own hash): keys in
	 * sorted order, no whitespace, strings escaped exactly as JSON requires and no more
	 * (quote, backslash, and control characters; the usual short forms for backspace,
	 * form feed, newline, carriage return and tab; a backslash, u and four lower-case hex
	 * digits for the others), everything else written as is. Hand-written because
	 * verification runs it a million times; {@code AuditChainTest} checks it against
	 * Jackson.
	 */
	public static String canonical(AuditRecord e) {
		StringBuilder json = new StringBuilder(256);
		json.append('{');
		field(json, "action", e.action(), true);
		field(json, "actor", e.actor(), false);
		field(json, "actorRole", e.actorRole(), false);
		field(json, "after", e.after(), false);
		field(json, "before", e.before(), false);
		field(json, "clientAddress", e.clientAddress(), false);
		field(json, "occurredAt", e.occurredAt().toString(), false);
		field(json, "orgScope", e.orgScope(), false);
		field(json, "prevHash", e.prevHash(), false);
		field(json, "reason", e.reason(), false);
		json.append(",\"seq\":").append(e.seq());
		field(json, "targetId", e.targetId(), false);
		field(json, "targetType", e.targetType(), false);
		return json.append('}').toString();
	}

	/**
	 * The same canonical form through Jackson (sorted map): the reference the fast writer
	 * must match.
	 */
	static String canonicalWithJackson(AuditRecord e) {
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

	private static void field(StringBuilder json, String name, @Nullable String value, boolean first) {
		if (!first) {
			json.append(',');
		}
		json.append('"').append(name).append("\":");
		if (value == null) {
			json.append("null");
			return;
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	private static final char[] HEX = "0123456789abcdef".toCharArray();

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
