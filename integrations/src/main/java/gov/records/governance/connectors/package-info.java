/**
 * Connectors to the messaging backends: one {@link BackendConnector} per platform reads
 * live deletion settings, account counts and capture state, and applies settings
 * idempotently; see {@code docs/design-decisions/DD007}.
 */
@NullMarked
package gov.records.governance.connectors;

import org.jspecify.annotations.NullMarked;
