package gov.records.governance.audit;

import gov.records.governance.durability.DurabilityBarrier;
import gov.records.governance.durability.KillPoint;
import gov.records.governance.evidence.checkpoint.Checkpoint;
import gov.records.governance.evidence.merkle.ConsistencyProof;
import gov.records.governance.evidence.merkle.Hash;
import gov.records.governance.evidence.merkle.InclusionProof;
import gov.records.governance.evidence.merkle.InvalidProofException;
import gov.records.governance.evidence.merkle.MerkleLog;
import gov.records.governance.evidence.proof.ConsistencyProofFile;
import gov.records.governance.evidence.proof.InclusionProofFile;
import gov.records.governance.evidence.merkle.ProofVerifier;
import gov.records.governance.shared.ValidationException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the audit log as a verifiable log: signed C2SP checkpoints of any size up to
 * the current one, and inclusion and consistency proofs, also as offline proof files that
 * carry the signed checkpoint they lead to. Not role-restricted: everything here is
 * hashes and signatures, meant for anyone to check with the published verifier key.
 * <p>
 * A checkpoint is signed only over the committed tree (each call reads in a transaction
 * of its own, so events a caller has appended but not yet committed are never signed),
 * only if the tree is consistent with the newest checkpoint ever handed out (a
 * consistency proof, checked), and is kept as published before it is returned (DD017).
 * Over a shorter or different history nothing is signed.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
public class CheckpointService {

	private final MerkleLog tree;

	private final LogSigner signer;

	private final LogProperties properties;

	private final PublishedCheckpoints published;

	private final AuditChainAlarm alarm;

	private final PreviousVerifierKeys previousKeys;

	private final DurabilityBarrier durable;

	CheckpointService(AuditTileStore tiles, LogSigner signer, LogProperties properties, PublishedCheckpoints published,
			AuditChainAlarm alarm, PreviousVerifierKeys previousKeys, DurabilityBarrier durable) {
		this.durable = durable;
		this.previousKeys = checked(previousKeys, properties.origin());
		this.tree = new MerkleLog(tiles);
		this.signer = signer;
		this.properties = properties;
		this.published = published;
		this.alarm = alarm;
	}

	/** The log's origin line. */
	public String origin() {
		return this.properties.origin();
	}

	/** The public verifier key ({@code name+keyid+base64(0x01 || key)}) to publish. */
	public String verifierKey() {
		return this.signer.signer().verifierKey();
	}

	/**
	 * Every key a checkpoint of this log may be signed with: the current one first, then
	 * those it rotated away from, with when each was in use (DD055).
	 */
	public java.util.List<VerifierKeyInfo> verifierKeys() {
		java.util.List<VerifierKeyInfo> keys = new java.util.ArrayList<>();
		keys.add(new VerifierKeyInfo(verifierKey(), true, null, null));
		for (PreviousVerifierKeys.Key previous : this.previousKeys.previousVerifierKeys()) {
			keys.add(new VerifierKeyInfo(previous.key().strip(), false, previous.validFrom(), previous.validUntil()));
		}
		return java.util.List.copyOf(keys);
	}

	/**
	 * Each previous key must be a verifier key of this log: refused at start-up
	 * otherwise.
	 */
	private static PreviousVerifierKeys checked(PreviousVerifierKeys keys, String origin) {
		for (PreviousVerifierKeys.Key previous : keys.previousVerifierKeys()) {
			gov.records.governance.evidence.checkpoint.NoteVerifier verifier;
			try {
				verifier = gov.records.governance.evidence.checkpoint.NoteVerifier
					.fromVerifierKey(previous.key().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(
						"governance.log.previous-verifier-keys holds a value that is not a verifier key", null);
			}
			if (!verifier.name().equals(origin)) {
				throw new IllegalStateException("governance.log.previous-verifier-keys names " + verifier.name()
						+ " but the log's origin is " + origin);
			}
		}
		return keys;
	}

	/** The signed checkpoint of the log as it is now. */
	public SignedCheckpoint current() {
		return at(this.tree.size());
	}

	/**
	 * The signed checkpoint of the newest events that still chain correctly: the current
	 * one, or while the chain is broken the one just before the break (what a report
	 * bundle carries, so that a report can still be made and its checkpoint is true).
	 */
	public SignedCheckpoint latestIntact() {
		long size = this.tree.size();
		var known = this.alarm.current();
		return at(known.isPresent() ? Math.min(size, known.get().brokenAt() - 1) : size);
	}

	/**
	 * The signed checkpoint of the first {@code size} events; refused over a known break
	 * of the chain.
	 */
	public SignedCheckpoint at(long size) {
		long logSize = requireSize(size, "size");
		var known = this.alarm.current();
		if (known.isPresent() && size >= known.get().brokenAt()) {
			throw new AuditChainBrokenException(known.get());
		}
		Optional<SignedCheckpoint> newest = consistentWithPublished(logSize);
		Hash root = this.tree.root(size);
		String text = new Checkpoint(origin(), size, root).sign(this.signer.signer());
		if (newest.isEmpty() || size > newest.get().treeSize()) {
			// the events just read may have been committed a moment ago: stored before
			// they are vouched for
			this.durable.awaitDurable();
			KillPoint.reach("checkpoint.signed");
			this.published.record(size, root, text);
		}
		return new SignedCheckpoint(size, root, text);
	}

	/**
	 * Checks the log against the newest checkpoint ever handed out: the log holds at
	 * least as many events, and a consistency proof from that checkpoint's size to the
	 * log's size verifies against both roots.
	 * @return the newest published checkpoint, empty when none was ever handed out
	 * @throws HistoryMismatchException when the log is shorter or its history differs;
	 * then nothing may be signed
	 */
	public Optional<SignedCheckpoint> requireConsistentWithPublished() {
		return consistentWithPublished(this.tree.size());
	}

	/** As {@link #requireConsistentWithPublished()}, for a log of {@code size} events. */
	private Optional<SignedCheckpoint> consistentWithPublished(long size) {
		Optional<SignedCheckpoint> newest = this.published.newest();
		if (newest.isEmpty()) {
			return newest;
		}
		SignedCheckpoint last = newest.get();
		if (size < last.treeSize()) {
			throw new HistoryMismatchException(
					"The audit log holds " + size + " events, fewer than the checkpoint already published at size "
							+ last.treeSize() + ": the console signs no checkpoint over a shorter history.");
		}
		if (last.treeSize() == 0) {
			return newest;
		}
		Hash root = this.tree.root(size);
		try {
			List<Hash> path = (last.treeSize() == size) ? List.of()
					: this.tree.consistencyProof(last.treeSize(), size).path();
			ProofVerifier.checkConsistency(last.treeSize(), size, path, last.rootHash(), root);
		}
		catch (InvalidProofException ex) {
			throw new HistoryMismatchException("The audit log's first " + last.treeSize()
					+ " events differ from those of the checkpoint already published at that size: the console "
					+ "signs no checkpoint over a different history.");
		}
		return newest;
	}

	/** The proof that event {@code seq} is in the log of {@code size} events. */
	public InclusionEvidence inclusion(long seq, long size) {
		requireSize(size, "size");
		if (seq < 1 || seq > size) {
			throw new ValidationException("event #" + seq + " is not in a log of " + size + " events");
		}
		InclusionProof proof = this.tree.inclusionProof(seq - 1, size);
		SignedCheckpoint checkpoint = at(size);
		return new InclusionEvidence(seq, this.tree.leafHash(seq - 1), proof, checkpoint,
				InclusionProofFile.of(proof, checkpoint.text()).format());
	}

	/**
	 * The proof that the log of {@code newSize} events extends that of {@code oldSize}.
	 */
	public ConsistencyEvidence consistency(long oldSize, long newSize) {
		requireSize(newSize, "new size");
		if (oldSize < 1 || oldSize > newSize) {
			throw new ValidationException("the old size must be between 1 and the new size (" + newSize + ")");
		}
		ConsistencyProof proof = this.tree.consistencyProof(oldSize, newSize);
		Hash oldRoot = this.tree.root(oldSize);
		SignedCheckpoint newer = at(newSize);
		return new ConsistencyEvidence(proof, oldRoot, newer,
				ConsistencyProofFile.of(proof, oldRoot, newer.text()).format());
	}

	/** Checks a size against the log and returns the log's size (one read of it). */
	private long requireSize(long size, String what) {
		long current = this.tree.size();
		if (size < 0 || size > current) {
			throw new ValidationException("the " + what + " must be between 0 and the log's size (" + current + ")");
		}
		return current;
	}

	/**
	 * An inclusion proof with the leaf it proves and the signed checkpoint it leads to;
	 * {@code file} is the C2SP tlog-proof text.
	 */
	public record InclusionEvidence(long seq, Hash leafHash, InclusionProof proof, SignedCheckpoint checkpoint,
			String file) {
	}

	/**
	 * A consistency proof with the older root and the newer signed checkpoint;
	 * {@code file} is the {@code .tlog-consistency} text.
	 */
	public record ConsistencyEvidence(ConsistencyProof proof, Hash oldRoot, SignedCheckpoint newer, String file) {
	}

}
