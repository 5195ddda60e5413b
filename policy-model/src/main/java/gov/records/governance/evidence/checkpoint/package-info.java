/**
 * C2SP signed notes with Ed25519 keys (the format of Go's {@code sumdb/note}) and C2SP
 * tlog-checkpoints: the signed tree heads that let anyone check the audit log's root with
 * public tools.
 */
@NullMarked
package gov.records.governance.evidence.checkpoint;

import org.jspecify.annotations.NullMarked;
