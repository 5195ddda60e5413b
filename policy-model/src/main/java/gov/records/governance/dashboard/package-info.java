/**
 * The dashboard's figures: a scorecard per component with its 90-day trend, each
 * platform's health with the user's share of it, pending approvals and active holds, all
 * counted within the user's organization scope (DD058).
 */
@NullMarked
package gov.records.governance.dashboard;

import org.jspecify.annotations.NullMarked;
