/**
 * What every fuzz target asserts about a refusal: the project's own error, in plain
 * words.
 */
@NullMarked
package gov.records.governance.fuzzing;

import org.jspecify.annotations.NullMarked;
