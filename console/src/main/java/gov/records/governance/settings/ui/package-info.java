/**
 * The Approvals view: settings changes waiting for a records officer.
 */
@NullMarked
package gov.records.governance.settings.ui;

import org.jspecify.annotations.NullMarked;
