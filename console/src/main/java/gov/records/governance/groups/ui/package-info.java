/**
 * The Groups list and the group details view with accounts and settings history.
 */
@NullMarked
package gov.records.governance.groups.ui;

import org.jspecify.annotations.NullMarked;
