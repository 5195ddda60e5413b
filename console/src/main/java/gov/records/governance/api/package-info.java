/**
 * The REST API: the same operations as the console (groups and their effective policy,
 * changes, approvals, the audit log), secured by the same roles and scopes.
 */
@NullMarked
package gov.records.governance.api;

import org.jspecify.annotations.NullMarked;
