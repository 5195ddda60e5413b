package gov.records.governance.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies an exported audit log (JSON Lines) without the console or its database:
 * {@code ./govern verify-audit audit.jsonl}. Prints OK with the event count and head
 * hash, or the first broken link; exits 0 or 1.
 */
public final class AuditExportVerifier {

	private AuditExportVerifier() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: verify-audit <export.jsonl>");
			System.exit(2);
		}
		ChainVerification result = verify(Path.of(args[0]));
		System.out.println(result.summary());
		System.exit(result.ok() ? 0 : 1);
	}

	public static ChainVerification verify(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		ChainVerifier verifier = new ChainVerifier();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			long number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode e;
				try {
					e = json.readTree(line);
				}
				catch (RuntimeException ex) {
					return ChainVerification.broken(number - 1, number, "line " + number + " is not valid JSON");
				}
				if (!verifier
					.accept(new AuditRecord(e.path("seq").asLong(), Instant.parse(e.path("occurredAt").asString()),
							text(e, "actor"), text(e, "actorRole"), text(e, "orgScope"), text(e, "action"),
							text(e, "targetType"), text(e, "targetId"), text(e, "before"), text(e, "after"),
							text(e, "reason"), text(e, "clientAddress"), text(e, "prevHash"), text(e, "hash")))) {
					break;
				}
			}
		}
		return verifier.result();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
