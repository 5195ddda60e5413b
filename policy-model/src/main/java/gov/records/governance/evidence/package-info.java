/**
 * Evidence that oversight bodies can check without trusting us: an RFC 9162 Merkle log
 * stored as tiles, signed checkpoints and offline proof files. See
 * {@code docs/design-decisions/DD008-20261122-verifiable-log-and-bundles.md}.
 */
@NullMarked
package gov.records.governance.evidence;

import org.jspecify.annotations.NullMarked;
