/**
 * What the backends reported, as the console reads it.
 */
@NullMarked
package gov.records.governance.backends;

import org.jspecify.annotations.NullMarked;
