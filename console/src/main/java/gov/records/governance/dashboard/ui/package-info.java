/**
 * The dashboard: the deployment at a glance for the user's scope.
 */
@NullMarked
package gov.records.governance.dashboard.ui;

import org.jspecify.annotations.NullMarked;
