package gov.records.governance.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Roots of the classic CT test tree, as published (docs/evidence.md). */
class CtKnownAnswerTest {

	@ParameterizedTest(name = "root of the first {0} leaves")
	@CsvSource({ "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" })
	void rootsMatchThePublishedValues(int size, String root) {
		MerkleLog log = CtVectors.log(8);
		assertThat(log.root(size).toHex()).isEqualTo(root);
		assertThat(CtVectors.log(size).root().toHex()).isEqualTo(root);
	}

	@Test
	void emptyTreeIsTheHashOfNothing() {
		assertThat(new MerkleLog(new InMemoryTileStore()).root().toHex())
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void leafAndNodeHashesUseDistinctPrefixes() {
		Hash leaf = MerkleHashing.leafHash(new byte[0]);
		assertThat(leaf.toHex()).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
		byte[] two = new byte[64];
		assertThat(MerkleHashing.leafHash(two))
			.isNotEqualTo(MerkleHashing.nodeHash(Hash.of(new byte[32]), Hash.of(new byte[32])));
	}

}
