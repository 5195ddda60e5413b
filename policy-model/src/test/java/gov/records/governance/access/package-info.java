/** Tests of who may see what. */
@NullMarked
package gov.records.governance.access;

import org.jspecify.annotations.NullMarked;
