/**
 * Console side of governed changes: what follows an applied change.
 */
@NullMarked
package gov.records.governance.settings;

import org.jspecify.annotations.NullMarked;
