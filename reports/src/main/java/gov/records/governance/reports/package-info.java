/**
 * Oversight reports: rendering (PDF/A, SVG charts) and signed evidence bundles.
 */
@NullMarked
package gov.records.governance.reports;

import org.jspecify.annotations.NullMarked;
