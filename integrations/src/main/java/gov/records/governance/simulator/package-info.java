/**
 * The built-in backend simulator: a real HTTP server on loopback serving the subsets of
 * the Wickr Admin API, Mattermost's data retention API and Synapse the connectors use,
 * over an in-memory model the caller seeds, with switches for faults and drift.
 */
@NullMarked
package gov.records.governance.simulator;

import org.jspecify.annotations.NullMarked;
