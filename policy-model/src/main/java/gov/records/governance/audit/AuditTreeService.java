package gov.records.governance.audit;

import gov.records.governance.evidence.merkle.ConsistencyProof;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InclusionProof;
import gov.records.governance.evidence.merkle.MerkleLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as a Merkle tree: its size and root, and inclusion and consistency
 * proofs, each costing a few tile reads whatever the log's size. Leaf {@code i} is the
 * event hash of audit event {@code seq = i + 1}. Not role-restricted: proofs reveal only
 * hashes.
 */
@Service
@Transactional(readOnly = true)
public class AuditTreeService {

	private final MerkleLog tree;

	AuditTreeService(AuditTileStore tiles) {
		this.tree = new MerkleLog(tiles);
	}

	public long size() {
		return this.tree.size();
	}

	public Hash root() {
		return this.tree.root();
	}

	public Hash root(long size) {
		return this.tree.root(size);
	}

	/** The proof that event {@code seq} is in the tree of {@code size} leaves. */
	public InclusionProof inclusionProof(long seq, long size) {
		return this.tree.inclusionProof(seq - 1, size);
	}

	public ConsistencyProof consistencyProof(long oldSize, long newSize) {
		return this.tree.consistencyProof(oldSize, newSize);
	}

}
