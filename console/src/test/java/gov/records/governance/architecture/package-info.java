/**
 * Tests that keep the module and package structure true.
 */
@NullMarked
package gov.records.governance.architecture;

import org.jspecify.annotations.NullMarked;
