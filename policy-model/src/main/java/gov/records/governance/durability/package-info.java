/**
 * Durability of the stores: the start-up checks that refuse a database configured to
 * acknowledge a commit before it is written, the owner-only permissions of the embedded
 * database's folder and files (DD016), the barrier that stores each H2 commit before it
 * returns and lets a signer wait until what it read is stored (DD056), and the crash
 * suite's kill points (DD054).
 */
@NullMarked
package gov.records.governance.durability;

import org.jspecify.annotations.NullMarked;
