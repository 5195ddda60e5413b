/**
 * Who may see what: role names and the organization subtrees each console user is bound
 * to.
 */
@NullMarked
package gov.records.governance.access;

import org.jspecify.annotations.NullMarked;
