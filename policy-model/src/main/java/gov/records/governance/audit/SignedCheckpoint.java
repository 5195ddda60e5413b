package gov.records.governance.audit;

import gov.records.governance.evidence.merkle.Hash;

/**
 * A checkpoint of the audit log as published: its size, its RFC 9162 root and the signed
 * C2SP tlog-checkpoint note text. Ed25519 is deterministic, so the checkpoint of a given
 * size is the same text whenever it is signed.
 */
public record SignedCheckpoint(long treeSize, Hash rootHash, String text) {
}
