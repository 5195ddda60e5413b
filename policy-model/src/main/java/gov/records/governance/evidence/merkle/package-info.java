/**
 * The RFC 9162 Merkle tree of the audit log, stored as C2SP tlog-tiles: hashing, the
 * {@link gov.records.governance.evidence.merkle.TileStore} abstraction, appending, roots,
 * inclusion and consistency proofs and their stand-alone verification.
 */
@NullMarked
package gov.records.governance.evidence.merkle;

import org.jspecify.annotations.NullMarked;
