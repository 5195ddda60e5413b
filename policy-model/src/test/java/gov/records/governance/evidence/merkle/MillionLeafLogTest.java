package gov.records.governance.evidence.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A log of 1,000,000 leaves in memory: every root, inclusion proof and consistency proof
 * reads at most two tiles per tile level (6 for a million leaves: 3 levels), where a pass
 * over the log would read 3,907 level-0 tiles.
 */
class MillionLeafLogTest {

	private static final int SIZE = 1_000_000;

	@Test
	void proofsReadOLogNTiles() {
		CountingTileStore store = new CountingTileStore(new InMemoryTileStore());
		MerkleLog log = new MerkleLog(store);
		long started = System.nanoTime();
		List<Hash> batch = new ArrayList<>();
		for (int i = 0; i < SIZE; i++) {
			batch.add(MerkleHashing.leafHash(ByteBuffer.allocate(8).putLong(i).array()));
			if (batch.size() == 10_000) {
				log.appendAll(batch);
				batch.clear();
			}
		}
		long appendMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(log.size()).isEqualTo(SIZE);
		store.readsSinceLastCall();

		Random random = new Random(1_000_000);
		long maxInclusionReads = 0;
		long maxConsistencyReads = 0;
		long maxRootReads = 0;
		long totalReads = 0;
		int proofs = 0;
		started = System.nanoTime();
		for (int i = 0; i < 200; i++) {
			long n = (i == 0) ? SIZE : 1 + random.nextInt(SIZE);
			long m = random.nextLong(n);
			long old = 1 + random.nextLong(n);
			int bound = 2 * levels(n);

			Hash root = log.root(n);
			long reads = store.readsSinceLastCall();
			assertThat(reads).as("reads for the root of %d", n).isLessThanOrEqualTo(bound);
			maxRootReads = Math.max(maxRootReads, reads);

			InclusionProof inclusion = log.inclusionProof(m, n);
			reads = store.readsSinceLastCall();
			assertThat(reads).as("reads for the inclusion of %d in %d", m, n).isLessThanOrEqualTo(bound);
			maxInclusionReads = Math.max(maxInclusionReads, reads);
			totalReads += reads;

			ConsistencyProof consistency = log.consistencyProof(old, n);
			reads = store.readsSinceLastCall();
			assertThat(reads).as("reads for the consistency %d -> %d", old, n).isLessThanOrEqualTo(bound);
			maxConsistencyReads = Math.max(maxConsistencyReads, reads);
			totalReads += reads;
			proofs += 2;

			Hash leaf = log.leafHash(m);
			Hash oldRoot = log.root(old);
			store.readsSinceLastCall();
			assertThat(inclusion.verify(leaf, root)).isTrue();
			assertThat(consistency.verify(oldRoot, root)).isTrue();
		}
		long proofMicros = (System.nanoTime() - started) / 1000 / 200;
		System.out.printf(
				"1,000,000 leaves appended in %d ms; per (root, inclusion, consistency, leaf, old root, 2 verifications)"
						+ " %d us; max tile reads: root %d, inclusion %d, consistency %d (bound %d); mean per proof %.1f%n",
				appendMillis, proofMicros, maxRootReads, maxInclusionReads, maxConsistencyReads, 2 * levels(SIZE),
				(double) totalReads / proofs);
	}

	/** Tile levels of a tree of size n: ceil(log2(n) / 8), at least 1. */
	private static int levels(long n) {
		int bits = 64 - Long.numberOfLeadingZeros(n - 1);
		return Math.max(1, (bits + 7) / 8);
	}

}
