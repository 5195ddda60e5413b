/**
 * Messaging groups, their accounts and the history of their deletion settings, read
 * within the user's scope.
 */
@NullMarked
package gov.records.governance.groups;

import org.jspecify.annotations.NullMarked;
