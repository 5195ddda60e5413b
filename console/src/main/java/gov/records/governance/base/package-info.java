/**
 * Console-wide configuration shared by every feature.
 */
@NullMarked
package gov.records.governance.base;

import org.jspecify.annotations.NullMarked;
