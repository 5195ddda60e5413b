/**
 * Governing deletion settings: validated, guarded changes (single and bulk), approvals by
 * records officers, the append-only settings history and the outbox row each applied
 * change leaves.
 */
@NullMarked
package gov.records.governance.settings;

import org.jspecify.annotations.NullMarked;
