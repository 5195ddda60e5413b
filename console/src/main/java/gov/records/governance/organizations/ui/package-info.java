/**
 * The Organizations view: the department tree within the user's scope.
 */
@NullMarked
package gov.records.governance.organizations.ui;

import org.jspecify.annotations.NullMarked;
