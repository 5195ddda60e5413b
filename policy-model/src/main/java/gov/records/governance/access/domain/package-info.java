/**
 * Console user scope entity and repository; used only by the access feature.
 */
@NullMarked
package gov.records.governance.access.domain;

import org.jspecify.annotations.NullMarked;
