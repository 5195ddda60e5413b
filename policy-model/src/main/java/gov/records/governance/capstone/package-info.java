/**
 * Capstone designations from the agency's approved NA-1005 forms: reading NARA's
 * published form data, keeping each form and the one it supersedes, and designating
 * accounts from the positions the forms name.
 */
@NullMarked
package gov.records.governance.capstone;

import org.jspecify.annotations.NullMarked;
