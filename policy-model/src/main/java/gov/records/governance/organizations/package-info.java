/**
 * Organizations: the department tree (department, component, office) that scopes
 * everything else.
 */
@NullMarked
package gov.records.governance.organizations;

import org.jspecify.annotations.NullMarked;
