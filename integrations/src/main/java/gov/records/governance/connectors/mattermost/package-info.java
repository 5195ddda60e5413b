/**
 * The Mattermost connector: data retention policies (Enterprise) with their teams and
 * channels, the global policy, and user counts, over a bearer personal access token.
 */
@NullMarked
package gov.records.governance.connectors.mattermost;

import org.jspecify.annotations.NullMarked;
