/**
 * Group, account and deletion-policy-version entities and repositories; used only by the
 * groups feature.
 */
@NullMarked
package gov.records.governance.groups.domain;

import org.jspecify.annotations.NullMarked;
