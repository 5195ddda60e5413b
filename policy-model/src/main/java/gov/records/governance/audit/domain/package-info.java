/**
 * Audit event entity and repository; used only by the audit feature.
 */
@NullMarked
package gov.records.governance.audit.domain;

import org.jspecify.annotations.NullMarked;
