package gov.records.governance.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tiled log against the literal RFC 9162 definitions ({@link ReferenceTree}), across
 * tile boundaries, and the tlog-tiles layout.
 */
class MerkleLogTest {

	private static List<Hash> leaves(int count) {
		List<Hash> leaves = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			leaves.add(MerkleHashing.leafHash(ByteBuffer.allocate(4).putInt(i).array()));
		}
		return leaves;
	}

	@Test
	void everyRootAndProofOfSmallTreesMatchesTheRfcDefinitions() {
		List<Hash> leaves = leaves(70);
		ReferenceTree reference = new ReferenceTree(leaves);
		MerkleLog log = new MerkleLog(new InMemoryTileStore());
		log.appendAll(leaves);
		for (int n = 0; n <= leaves.size(); n++) {
			Hash root = reference.mth(0, n);
			assertThat(log.root(n)).as("root %d", n).isEqualTo(root);
			for (int m = 0; m < n; m++) {
				InclusionProof inclusion = log.inclusionProof(m, n);
				assertThat(inclusion.path()).as("path %d in %d", m, n).isEqualTo(reference.path(m, 0, n));
				assertThat(inclusion.verify(leaves.get(m), root)).isTrue();
			}
			for (int m = 0; m <= n; m++) {
				ConsistencyProof consistency = log.consistencyProof(m, n);
				assertThat(consistency.path()).as("proof %d -> %d", m, n).isEqualTo(reference.proof(m, n));
				assertThat(consistency.verify(reference.mth(0, m), root)).as("proof %d -> %d", m, n).isTrue();
			}
		}
	}

	@Test
	void largerTreesAcrossTileBoundariesMatchTheRfcDefinitions() {
		List<Hash> leaves = leaves(70_000);
		MerkleLog log = new MerkleLog(new InMemoryTileStore());
		// uneven batches, so that batches end inside tiles and on their edges
		for (int from = 0; from < leaves.size();) {
			int to = Math.min(leaves.size(), from + 1 + (from % 777));
			log.appendAll(leaves.subList(from, to));
			from = to;
		}
		ReferenceTree reference = new ReferenceTree(leaves);
		Random random = new Random(9162);
		int[] sizes = { 255, 256, 257, 511, 512, 513, 65_535, 65_536, 65_537, 70_000 };
		for (int n : sizes) {
			Hash root = reference.mth(0, n);
			assertThat(log.root(n)).as("root %d", n).isEqualTo(root);
			for (int i = 0; i < 20; i++) {
				int m = (i < 2) ? i * (n - 1) : random.nextInt(n);
				assertThat(log.inclusionProof(m, n).path()).isEqualTo(reference.path(m, 0, n));
				int old = (i < 2) ? 1 + i * (n - 2) : 1 + random.nextInt(n);
				ConsistencyProof proof = log.consistencyProof(old, n);
				assertThat(proof.path()).isEqualTo(reference.proof(old, n));
				assertThat(proof.verify(reference.mth(0, old), root)).isTrue();
			}
		}
	}

	@Test
	void appendingOneByOneAndInBatchesGivesTheSameTiles() {
		List<Hash> leaves = leaves(1000);
		MerkleLog single = new MerkleLog(new InMemoryTileStore());
		leaves.forEach(single::append);
		MerkleLog batch = new MerkleLog(new InMemoryTileStore());
		assertThat(batch.appendAll(leaves)).isZero();
		assertThat(single.root()).isEqualTo(batch.root()).isEqualTo(new ReferenceTree(leaves).mth(0, 1000));
		assertThat(single.append(leaves.get(0))).isEqualTo(1000);
	}

	@Test
	void storesTheTlogTilesLayout() {
		// the example of C2SP tlog-tiles: a tree of size 70,000 has 273 full level-0
		// tiles,
		// a partial one of width 112, one full level-1 tile, a partial level-1 tile of
		// width 17 and a partial level-2 tile of width 1
		InMemoryTileStore store = new InMemoryTileStore();
		new MerkleLog(store).appendAll(leaves(70_000));
		assertThat(store.tileCount()).isEqualTo(273 + 1 + 1 + 1 + 1);
		assertThat(store.read(new TileId(0, 272)).orElseThrow().isFull()).isTrue();
		assertThat(store.read(new TileId(0, 273)).orElseThrow().width()).isEqualTo(112);
		assertThat(store.read(new TileId(1, 0)).orElseThrow().isFull()).isTrue();
		assertThat(store.read(new TileId(1, 1)).orElseThrow().width()).isEqualTo(17);
		assertThat(store.read(new TileId(2, 0)).orElseThrow().width()).isEqualTo(1);
		assertThat(store.read(new TileId(3, 0))).isEmpty();
		// a level-1 hash is the root of a full level-0 tile
		assertThat(store.read(new TileId(1, 0)).orElseThrow().hash(5))
			.isEqualTo(new ReferenceTree(leaves(70_000)).mth(5 * 256, 6 * 256));
	}

	@Test
	void tilePathsFollowTlogTiles() {
		assertThat(new TileId(0, 1_234_067).path(256)).isEqualTo("tile/0/x001/x234/067");
		assertThat(new TileId(1, 5).path(17)).isEqualTo("tile/1/005.p/17");
		assertThat(new TileId(2, 0).path(256)).isEqualTo("tile/2/000");
	}

	@Test
	void refusesSizesBeyondTheLog() {
		MerkleLog log = new MerkleLog(new InMemoryTileStore());
		log.appendAll(leaves(10));
		assertThatThrownBy(() -> log.root(11)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> log.inclusionProof(10, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> log.consistencyProof(5, 11)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> log.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void storeRefusesToRewriteHistory() {
		InMemoryTileStore store = new InMemoryTileStore();
		new MerkleLog(store).appendAll(leaves(300));
		Tile full = store.read(new TileId(0, 0)).orElseThrow();
		byte[] bytes = full.toBytes();
		bytes[0] ^= 1;
		assertThatThrownBy(() -> store.commit(300, List.of(Tile.of(full.id(), bytes))))
			.isInstanceOf(IllegalStateException.class);
	}

}
