/**
 * Platform entity and repository; used only by the platforms feature.
 */
@NullMarked
package gov.records.governance.platforms.domain;

import org.jspecify.annotations.NullMarked;
