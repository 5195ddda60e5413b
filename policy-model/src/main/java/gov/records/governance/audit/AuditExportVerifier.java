package gov.records.governance.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.InMemoryTileStore;
import gov.records.governance.evidence.merkle.MerkleHashing;
import gov.records.governance.evidence.merkle.MerkleLog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies an exported audit log (JSON Lines) without the console or its database:
 * {@code ./govern verify-audit audit.jsonl}, optionally held against a signed checkpoint
 * ({@code --checkpoint FILE --key VERIFIERKEY}). Prints OK with the event count and head
 * hash, or the first broken link; exits 0 or 1.
 */
public final class AuditExportVerifier {

	private AuditExportVerifier() {
	}

	private static final String USAGE = "usage: verify-audit <export.jsonl> [--checkpoint <checkpoint.txt> --key <verifier key>]";

	public static void main(String[] args) throws IOException {
		if (args.length != 1 && args.length != 5) {
			System.err.println(USAGE);
			System.exit(2);
		}
		ChainVerification result;
		if (args.length == 1) {
			result = verify(Path.of(args[0]));
		}
		else {
			if (!"--checkpoint".equals(args[1]) || !"--key".equals(args[3])) {
				System.err.println(USAGE);
				System.exit(2);
			}
			result = verify(Path.of(args[0]), Files.readString(Path.of(args[2]), StandardCharsets.UTF_8), args[4]);
		}
		System.out.println(result.summary());
		System.exit(result.ok() ? 0 : 1);
	}

	public static ChainVerification verify(Path file) throws IOException {
		return verify(file, new MerkleLog(new InMemoryTileStore()));
	}

	/**
	 * Verifies the export's chain and holds it against a signed checkpoint: the signature
	 * must verify with {@code verifierKey}, and the Merkle root of the export's first
	 * {@code treeSize} events must be the checkpoint's. An export whose chain was
	 * re-hashed after an edit verifies as a chain but fails here.
	 */
	public static ChainVerification verify(Path file, String signedCheckpoint, String verifierKey) throws IOException {
		Checkpoint checkpoint;
		try {
			NoteVerifier key = NoteVerifier.fromVerifierKey(verifierKey.strip());
			checkpoint = Checkpoint.open(signedCheckpoint, Checkpoint.parse(body(signedCheckpoint)).origin(),
					List.of(key));
		}
		catch (RuntimeException ex) {
			return ChainVerification.broken(0, 0, "the checkpoint does not verify with that key: " + ex.getMessage());
		}
		MerkleLog tree = new MerkleLog(new InMemoryTileStore());
		ChainVerification chain = verify(file, tree);
		if (!chain.ok()) {
			return chain;
		}
		if (tree.size() < checkpoint.treeSize()) {
			return ChainVerification.broken(chain.eventsChecked(), tree.size() + 1,
					"the export ends at event #" + tree.size() + " but the checkpoint covers " + checkpoint.treeSize()
							+ " events (the export was cut short)");
		}
		if (!tree.root(checkpoint.treeSize()).equals(checkpoint.rootHash())) {
			return ChainVerification
				.broken(chain.eventsChecked(), checkpoint.treeSize(), "the first " + checkpoint.treeSize()
						+ " events do not match the signed checkpoint's root (the export was rewritten and re-hashed)");
		}
		return new ChainVerification(true, chain.eventsChecked(), chain.headHash(), null, null);
	}

	private static String body(String signedNote) {
		int end = signedNote.indexOf("\n\n");
		return (end < 0) ? signedNote : signedNote.substring(0, end + 1);
	}

	private static ChainVerification verify(Path file, MerkleLog tree) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		ChainVerifier verifier = new ChainVerifier();
		long number = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
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
				Instant occurredAt;
				try {
					occurredAt = Instant.parse(e.path("occurredAt").asString());
				}
				catch (DateTimeParseException ex) {
					// found by fuzzing (DD053): a damaged time is a broken export, not a
					// crash
					return ChainVerification.broken(number - 1, number,
							"line " + number + " has no occurredAt as an ISO-8601 instant");
				}
				AuditRecord event = new AuditRecord(e.path("seq").asLong(), occurredAt, text(e, "actor"),
						text(e, "actorRole"), text(e, "orgScope"), text(e, "action"), text(e, "targetType"),
						text(e, "targetId"), text(e, "before"), text(e, "after"), text(e, "reason"),
						text(e, "clientAddress"), text(e, "prevHash"), text(e, "hash"));
				if (!verifier.accept(event)) {
					break;
				}
				if (verifier.result().ok()) {
					tree.append(MerkleHashing.leafHash(HexFormat.of().parseHex(event.hash())));
				}
			}
		}
		catch (CharacterCodingException ex) {
			// an export is UTF-8 JSON Lines; other bytes are damage, not a crash of the
			// tool (found by fuzzing, DD053)
			return ChainVerification.broken(number, number + 1, "line " + (number + 1) + " is not UTF-8 text");
		}
		return verifier.result();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
