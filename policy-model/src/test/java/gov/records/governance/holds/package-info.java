/**
 * Legal holds read one at a time, on every database.
 */
@NullMarked
package gov.records.governance.holds;

import org.jspecify.annotations.NullMarked;
