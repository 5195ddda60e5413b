/**
 * Legal holds (litigation, FOIA, audit, investigation) and their scopes.
 */
@NullMarked
package gov.records.governance.holds;

import org.jspecify.annotations.NullMarked;
