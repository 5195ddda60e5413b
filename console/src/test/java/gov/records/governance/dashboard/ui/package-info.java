/**
 * Tests of the dashboard view.
 */
@NullMarked
package gov.records.governance.dashboard.ui;

import org.jspecify.annotations.NullMarked;
