package gov.records.governance.api;

import static gov.records.governance.api.ApiClient.body;
import static gov.records.governance.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.checkpoint.NoteVerificationException;
import gov.records.governance.evidence.checkpoint.NoteVerifier;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InvalidProofException;
import gov.records.governance.evidence.merkle.ProofVerifier;
import gov.records.governance.evidence.proof.ConsistencyProofFile;
import gov.records.governance.evidence.proof.InclusionProofFile;
import gov.records.governance.evidence.proof.ProofFileException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The verifiable audit log over real HTTP, checked the way an inspector would: the public
 * checkpoint with the published verifier key, then inclusion and consistency proofs (JSON
 * and the offline proof files) with the project's verifiers against the signed roots,
 * never against roots the answer merely states; leaf hashes computed from the stored
 * events; a changed proof fails; bad requests are 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifiableLogApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${governance.log.origin}")
	String origin;

	@Test
	void checkpointsAndProofsServedOverHttpVerifyWithThePublishedKey() throws Exception {
		ApiClient anonymous = new ApiClient(this.port);
		failedLogins(anonymous, 2);
		HttpResponse<String> key = anonymous.call("GET", "/api/log/verifier-key", null, null);
		assertThat(key.statusCode()).isEqualTo(200);
		List<NoteVerifier> trusted = List.of(NoteVerifier.fromVerifierKey(key.body().strip()));
		HttpResponse<String> published = anonymous.call("GET", "/api/log/checkpoint", null, null);
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		Checkpoint old = Checkpoint.open(published.body(), this.origin, trusted);
		long m = old.treeSize();

		failedLogins(anonymous, 3);
		Checkpoint newer = Checkpoint.open(anonymous.call("GET", "/api/log/checkpoint", null, null).body(), this.origin,
				trusted);
		long n = newer.treeSize();
		assertThat(n).isGreaterThanOrEqualTo(m + 3);
		Checkpoint again = Checkpoint.open(anonymous.call("GET", "/api/log/checkpoint?size=" + m, null, null).body(),
				this.origin, trusted);
		assertThat(again.rootHash()).isEqualTo(old.rootHash());

		// inclusion of the old tree's last event in the newer tree, against the signed
		// root
		Hash leaf = leafOf(m);
		JsonNode inclusion = json(
				anonymous.call("GET", "/api/log/proofs/inclusion?seq=" + m + "&size=" + n, null, null));
		assertThat(inclusion.path("leafIndex").asLong()).isEqualTo(m - 1);
		assertThat(inclusion.path("treeSize").asLong()).isEqualTo(n);
		assertThat(Hash.fromBase64(inclusion.path("leafHash").asString())).isEqualTo(leaf);
		assertThat(Checkpoint.open(inclusion.path("checkpoint").asString(), this.origin, trusted).rootHash())
			.isEqualTo(newer.rootHash());
		List<Hash> path = hashes(inclusion.path("path"));
		ProofVerifier.checkInclusion(m - 1, n, leaf, path, newer.rootHash());
		assertThatThrownBy(() -> ProofVerifier.checkInclusion(m - 1, n, leafOf(m - 1), path, newer.rootHash()))
			.as("the proof does not fit another event")
			.isInstanceOf(InvalidProofException.class);
		HttpResponse<String> proofFile = anonymous.call("GET",
				"/api/log/proofs/inclusion?seq=" + m + "&size=" + n + "&format=file", null, null);
		assertThat(proofFile.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
				".tlog-proof");
		assertThat(InclusionProofFile.parse(proofFile.body()).verify(leaf, this.origin, trusted).treeSize())
			.isEqualTo(n);

		// consistency between the two checkpoints the inspector holds
		JsonNode consistency = json(
				anonymous.call("GET", "/api/log/proofs/consistency?old=" + m + "&new=" + n, null, null));
		assertThat(Hash.fromBase64(consistency.path("oldRoot").asString())).isEqualTo(old.rootHash());
		List<Hash> consistencyPath = hashes(consistency.path("path"));
		ProofVerifier.checkConsistency(m, n, consistencyPath, old.rootHash(), newer.rootHash());
		if (!consistencyPath.isEmpty()) {
			List<Hash> changed = new ArrayList<>(consistencyPath);
			changed.set(0, flip(changed.get(0)));
			assertThatThrownBy(() -> ProofVerifier.checkConsistency(m, n, changed, old.rootHash(), newer.rootHash()))
				.isInstanceOf(InvalidProofException.class);
		}
		HttpResponse<String> consistencyFile = anonymous.call("GET",
				"/api/log/proofs/consistency?old=" + m + "&new=" + n + "&format=file", null, null);
		assertThat(consistencyFile.headers().firstValue("Content-Disposition").orElse(""))
			.contains(".tlog-consistency");
		assertThat(ConsistencyProofFile.parse(consistencyFile.body()).verify(old, trusted).treeSize()).isEqualTo(n);
		Checkpoint smaller = Checkpoint.open(
				anonymous.call("GET", "/api/log/checkpoint?size=" + (m - 1), null, null).body(), this.origin, trusted);
		assertThatThrownBy(() -> ConsistencyProofFile.parse(consistencyFile.body()).verify(smaller, trusted))
			.as("a proof from another starting checkpoint")
			.isInstanceOf(ProofFileException.class);
		String forged = published.body().replace(old.rootHash().toBase64(), flip(old.rootHash()).toBase64());
		assertThatThrownBy(() -> Checkpoint.open(forged, this.origin, trusted))
			.as("a checkpoint whose root was changed")
			.isInstanceOf(NoteVerificationException.class);
	}

	@Test
	void badProofRequestsAre400WithAMessage() throws Exception {
		ApiClient anonymous = new ApiClient(this.port);
		failedLogins(anonymous, 1);
		List<NoteVerifier> trusted = List
			.of(NoteVerifier.fromVerifierKey(text(anonymous, "/api/log/verifier-key").strip()));
		long size = Checkpoint.open(text(anonymous, "/api/log/checkpoint"), this.origin, trusted).treeSize();
		for (String query : List.of("/api/log/proofs/inclusion?seq=0", "/api/log/proofs/inclusion?seq=" + (size + 1),
				"/api/log/proofs/inclusion?seq=1&size=" + (size + 5), "/api/log/proofs/inclusion?seq=1&format=xml",
				"/api/log/proofs/inclusion", "/api/log/proofs/inclusion?seq=first",
				"/api/log/proofs/consistency?old=" + size + "&new=1", "/api/log/proofs/consistency?old=0",
				"/api/log/checkpoint?size=" + (size + 5), "/api/log/checkpoint?size=-1")) {
			HttpResponse<String> bad = anonymous.call("GET", query, null, null);
			assertThat(bad.statusCode()).as(query + " -> " + bad.body()).isEqualTo(400);
			assertThat(body(bad).path("detail").asString()).as(query).isNotBlank();
		}
	}

	/** Unknown users trying to log in: each one is an audit event, so the log grows. */
	private static void failedLogins(ApiClient client, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			assertThat(client.call("GET", "/api/groups", "no-such-user-" + i, null).statusCode()).isEqualTo(401);
		}
	}

	/** The RFC 9162 leaf of event {@code seq}: SHA-256(0x00 || its stored event hash). */
	private Hash leafOf(long seq) throws Exception {
		String eventHash = this.jdbc.queryForObject("select hash from audit_event where seq = ?", String.class, seq);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update((byte) 0x00);
		return Hash.of(sha.digest(HexFormat.of().parseHex(eventHash)));
	}

	private static List<Hash> hashes(JsonNode array) {
		List<Hash> hashes = new ArrayList<>();
		array.forEach((h) -> hashes.add(Hash.fromBase64(h.asString())));
		return hashes;
	}

	private static Hash flip(Hash hash) {
		byte[] bytes = hash.toBytes();
		bytes[0] ^= 0x01;
		return Hash.of(bytes);
	}

	private static String text(ApiClient client, String path) throws Exception {
		HttpResponse<String> response = client.call("GET", path, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
