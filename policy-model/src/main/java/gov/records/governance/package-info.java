/**
 * Records Governance Console: the shared root package of every module.
 */
@NullMarked
package gov.records.governance;

import org.jspecify.annotations.NullMarked;
