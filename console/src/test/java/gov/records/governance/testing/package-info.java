/**
 * Support for the console's Spring tests, registered in
 * {@code META-INF/spring.factories}.
 */
@NullMarked
package gov.records.governance.testing;

import org.jspecify.annotations.NullMarked;
