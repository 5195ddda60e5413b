/**
 * Durability of the stores: the start-up checks that refuse a database configured to
 * acknowledge a commit before it is written, and the owner-only permissions of the
 * embedded database's folder and files (DD016).
 */
@NullMarked
package gov.records.governance.durability;

import org.jspecify.annotations.NullMarked;
