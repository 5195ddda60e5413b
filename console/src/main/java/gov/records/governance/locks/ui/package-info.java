/**
 * Retention locks in the console (issue 16, DD052): records officers place or extend a
 * lock on a group's minimum retention or on a schedule assignment; every role reads the
 * locks in force within its scope. Nothing here lifts a lock.
 */
@NullMarked
package gov.records.governance.locks.ui;

import org.jspecify.annotations.NullMarked;
