package gov.records.governance.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A log that rewrote its history cannot prove consistency with a root it published before
 * the rewrite.
 */
class TamperedLogTest {

	private static List<Hash> events(int count, int changed) {
		List<Hash> leaves = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String event = "{\"seq\":" + i + ",\"action\":\"" + ((i == changed) ? "hold.released" : "hold.placed")
					+ "\"}";
			leaves.add(MerkleHashing.leafHash(event.getBytes(StandardCharsets.UTF_8)));
		}
		return leaves;
	}

	@Test
	void aRewrittenEventBreaksConsistencyWithTheEarlierRoot() {
		MerkleLog honest = new MerkleLog(new InMemoryTileStore());
		honest.appendAll(events(1000, -1));
		Hash publishedAt600 = honest.root(600);

		// the same log, with event 17 rewritten after the root at 600 was published
		MerkleLog rewritten = new MerkleLog(new InMemoryTileStore());
		rewritten.appendAll(events(1000, 17));
		assertThat(rewritten.root(600)).isNotEqualTo(publishedAt600);

		ConsistencyProof proof = rewritten.consistencyProof(600, 1000);
		assertThat(proof.verify(publishedAt600, rewritten.root(1000))).isFalse();
		assertThatThrownBy(
				() -> ProofVerifier.checkConsistency(600, 1000, proof.path(), publishedAt600, rewritten.root(1000)))
			.isInstanceOf(InvalidProofException.class)
			.hasMessageContaining("old root");
		// and the honest log proves it
		assertThat(honest.consistencyProof(600, 1000).verify(publishedAt600, honest.root(1000))).isTrue();
	}

	@Test
	void aTileEditedInTheDatabaseBreaksProofsAgainstPublishedRoots() {
		RawTileStore store = new RawTileStore();
		MerkleLog log = new MerkleLog(store);
		List<Hash> leaves = events(1000, -1);
		log.appendAll(leaves);
		Hash published = log.root();

		// someone edits leaf 300 directly in its tile row
		TileId id = new TileId(0, 1);
		byte[] bytes = store.read(id).orElseThrow().toBytes();
		byte[] replacement = MerkleHashing
			.leafHash("{\"seq\":300,\"action\":\"hold.released\"}".getBytes(StandardCharsets.UTF_8))
			.toBytes();
		System.arraycopy(replacement, 0, bytes, (300 - 256) * Hash.SIZE, Hash.SIZE);
		store.overwrite(Tile.of(id, bytes));

		// the edited leaf has no valid proof against the root published before the edit
		assertThat(log.inclusionProof(300, 1000).verify(Hash.of(replacement), published)).isFalse();
		assertThat(log.leafHash(300)).isEqualTo(Hash.of(replacement));
		// the level-1 row still commits to the original tile, so the edit shows at once
		assertThat(MerkleHashing.perfectSubtreeRoot(bytes, 0, 256))
			.isNotEqualTo(store.read(new TileId(1, 0)).orElseThrow().hash(1));
	}

	/** A store without the append-only checks, standing in for a table edited by hand. */
	private static final class RawTileStore implements TileStore {

		private final Map<TileId, Tile> tiles = new HashMap<>();

		private long size;

		@Override
		public long treeSize() {
			return this.size;
		}

		@Override
		public Optional<Tile> read(TileId id) {
			return Optional.ofNullable(this.tiles.get(id));
		}

		@Override
		public void commit(long newTreeSize, Collection<Tile> changedTiles) {
			changedTiles.forEach(this::overwrite);
			this.size = newTreeSize;
		}

		void overwrite(Tile tile) {
			this.tiles.put(tile.id(), tile);
		}

	}

}
