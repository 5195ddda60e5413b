/**
 * The deterministic demo data set of a fictional federal department, in small and large
 * sizes.
 */
@NullMarked
package gov.records.governance.demo;

import org.jspecify.annotations.NullMarked;
