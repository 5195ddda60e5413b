/**
 * What a report says, independent of its format: headings, text, tables whose rows are
 * read from the database each time a format is written, and charts; and the writers that
 * turn it into PDF/A, CSV (one file per table) and JSON (everything).
 */
@NullMarked
package gov.records.governance.reports.content;

import org.jspecify.annotations.NullMarked;
