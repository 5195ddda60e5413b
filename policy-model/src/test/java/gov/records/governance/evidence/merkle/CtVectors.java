package gov.records.governance.evidence.merkle;

import java.util.HexFormat;
import java.util.List;

/**
 * The classic Certificate Transparency test leaves (RFC 6962 reference data, reproduced
 * in docs/evidence.md) and the roots of their prefixes.
 */
final class CtVectors {

	static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f");

	private CtVectors() {
	}

	static byte[] leaf(int index) {
		return HexFormat.of().parseHex(LEAVES.get(index));
	}

	static MerkleLog log(int size) {
		MerkleLog log = new MerkleLog(new InMemoryTileStore());
		for (int i = 0; i < size; i++) {
			log.appendEntry(leaf(i));
		}
		return log;
	}

}
