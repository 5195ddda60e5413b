/**
 * Offline proof files an inspector can check with a checkpoint key and nothing of ours:
 * the C2SP tlog-proof inclusion format and a consistency-proof file in the same style.
 */
@NullMarked
package gov.records.governance.evidence.proof;

import org.jspecify.annotations.NullMarked;
