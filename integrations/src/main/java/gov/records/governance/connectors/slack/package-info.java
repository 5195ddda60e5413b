/**
 * The Slack connector (Enterprise Grid and GovSlack, DD060): conversations across the
 * grid from {@code admin.conversations.search}, each one's custom retention from
 * {@code admin.conversations.getCustomRetention}, set and removed through the admin Web
 * API with an Org admin's user token; the org default, which the API does not expose,
 * comes from the platform's settings.
 */
@NullMarked
package gov.records.governance.connectors.slack;

import org.jspecify.annotations.NullMarked;
