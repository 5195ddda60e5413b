/**
 * The Matrix (Synapse) connector: rooms and users from the Synapse Admin API, each room's
 * {@code m.room.retention} state from the client-server API, over a bearer access token.
 */
@NullMarked
package gov.records.governance.connectors.matrix;

import org.jspecify.annotations.NullMarked;
