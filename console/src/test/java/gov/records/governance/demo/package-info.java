/**
 * Tests of the demo-data generator: the xlarge shape (at the tiny size) and the
 * PostgreSQL {@code COPY} path beside the batch inserts.
 */
@NullMarked
package gov.records.governance.demo;

import org.jspecify.annotations.NullMarked;
