/**
 * The outbox worker (DD013): pushes every applied change to its backend with the change's
 * idempotency token, retries with back-off, and marks it applied or failed. A crash
 * between saving a change and pushing it loses nothing (the row waits), and a retry
 * applies nothing twice (the token, and connectors that read before they write).
 */
@NullMarked
package gov.records.governance.outbox;

import org.jspecify.annotations.NullMarked;
