/**
 * Tests of the REST API over real HTTP.
 */
@NullMarked
package gov.records.governance.api;

import org.jspecify.annotations.NullMarked;
