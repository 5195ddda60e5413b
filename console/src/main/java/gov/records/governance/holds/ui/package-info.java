/**
 * The Holds view (legal holds and their scopes).
 */
@NullMarked
package gov.records.governance.holds.ui;

import org.jspecify.annotations.NullMarked;
