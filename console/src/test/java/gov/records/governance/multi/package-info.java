/**
 * The multi-instance suite: two packaged console processes on one PostgreSQL database and
 * one backend (issue 13, item 3).
 */
@NullMarked
package gov.records.governance.multi;

import org.jspecify.annotations.NullMarked;
