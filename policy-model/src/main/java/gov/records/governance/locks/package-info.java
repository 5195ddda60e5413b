/**
 * Retention locks: a records officer locks a schedule assignment or a group's minimum
 * retention; a lock can be extended, never shortened or removed, and every attempt to do
 * so is refused and audited (DD052).
 */
@NullMarked
package gov.records.governance.locks;

import org.jspecify.annotations.NullMarked;
