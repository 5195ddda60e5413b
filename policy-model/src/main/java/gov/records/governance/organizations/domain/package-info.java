/**
 * Organization entity and repository; used only by the organizations feature.
 */
@NullMarked
package gov.records.governance.organizations.domain;

import org.jspecify.annotations.NullMarked;
