/**
 * Report rendering: PDF/A-2b documents from an XHTML + CSS template (openhtmltopdf on
 * PDFBox) with the DejaVu fonts embedded, and server-side charts as SVG (XChart) for both
 * the PDF and the console. See
 * {@code docs/design-decisions/DD008-20261122-verifiable-log-and-bundles.md}.
 */
@NullMarked
package gov.records.governance.reports.render;

import org.jspecify.annotations.NullMarked;
