package gov.records.governance.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inclusion and consistency cases of github.com/transparency-dev/merkle
 * ({@code testdata/}, Apache-2.0), copied into {@code evidence/merkle-testdata} with
 * their source paths listed in {@code SOURCES.tsv}. Each case says whether verification
 * must fail ({@code wantErr}); the happy paths also pin the proofs our builder produces
 * for the CT test tree.
 */
class TransparencyDevVectorsTest {

	private static final String DIR = "/evidence/merkle-testdata/";

	static Stream<Arguments> cases(String kind) throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (String line : read("SOURCES.tsv").split("\n")) {
			if (line.startsWith(kind + "/")) {
				String[] columns = line.split("\t");
				cases.add(Arguments.of(columns[0], JsonPath.parse(read(columns[0]))));
			}
		}
		return cases.stream();
	}

	static Stream<Arguments> inclusionCases() throws IOException {
		return cases("inclusion");
	}

	static Stream<Arguments> consistencyCases() throws IOException {
		return cases("consistency");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inclusionCases")
	void inclusion(String file, DocumentContext json) {
		Runnable verification = () -> {
			Number index = json.read("$.leafIdx");
			long size = json.read("$.treeSize", Long.class);
			ProofVerifier.checkInclusion(index.longValue(), size, hash(json.read("$.leafHash")),
					hashes(json, "$.proof"), hash(json.read("$.root")));
		};
		expectOutcome(json, verification);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("consistencyCases")
	void consistency(String file, DocumentContext json) {
		Runnable verification = () -> ProofVerifier.checkConsistency(json.read("$.size1", Long.class),
				json.read("$.size2", Long.class), hashes(json, "$.proof"), hash(json.read("$.root1")),
				hash(json.read("$.root2")));
		expectOutcome(json, verification);
	}

	@Test
	void ourProofsForTheCtTreeAreThePublishedHappyPaths() throws IOException {
		MerkleLog log = CtVectors.log(8);
		for (Arguments arguments : inclusionCases().toList()) {
			DocumentContext json = (DocumentContext) arguments.get()[1];
			if (!Boolean.TRUE.equals(json.read("$.wantErr"))) {
				Number index = json.read("$.leafIdx");
				long size = json.read("$.treeSize", Long.class);
				assertThat(log.inclusionProof(index.longValue(), size).path()).isEqualTo(hashes(json, "$.proof"));
				assertThat(log.root(size)).isEqualTo(hash(json.read("$.root")));
				assertThat(log.leafHash(index.longValue())).isEqualTo(hash(json.read("$.leafHash")));
			}
		}
		for (Arguments arguments : consistencyCases().toList()) {
			DocumentContext json = (DocumentContext) arguments.get()[1];
			if (!Boolean.TRUE.equals(json.read("$.wantErr"))) {
				long size1 = json.read("$.size1", Long.class);
				long size2 = json.read("$.size2", Long.class);
				assertThat(log.consistencyProof(size1, size2).path()).isEqualTo(hashes(json, "$.proof"));
				assertThat(log.root(size1)).isEqualTo(hash(json.read("$.root1")));
				assertThat(log.root(size2)).isEqualTo(hash(json.read("$.root2")));
			}
		}
	}

	private static void expectOutcome(DocumentContext json, Runnable verification) {
		if (Boolean.TRUE.equals(json.read("$.wantErr"))) {
			// a malformed hash (wrong length) is a rejection too
			assertThatThrownBy(verification::run).isInstanceOfAny(InvalidProofException.class,
					IllegalArgumentException.class);
		}
		else {
			verification.run();
		}
	}

	private static Hash hash(String base64) {
		return Hash.fromBase64(base64);
	}

	private static List<Hash> hashes(DocumentContext json, String path) {
		List<String> values = json.read(path);
		return (values != null) ? values.stream().map(Hash::fromBase64).toList() : List.of();
	}

	private static String read(String name) throws IOException {
		try (InputStream in = TransparencyDevVectorsTest.class.getResourceAsStream(DIR + name)) {
			return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
