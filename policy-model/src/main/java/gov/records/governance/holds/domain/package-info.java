/**
 * Legal hold entities and repositories; used only by the holds feature.
 */
@NullMarked
package gov.records.governance.holds.domain;

import org.jspecify.annotations.NullMarked;
