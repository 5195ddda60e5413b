/**
 * Platforms: messaging backend instances (Wickr, Mattermost, Matrix, others) and whether
 * they are sanctioned.
 */
@NullMarked
package gov.records.governance.platforms;

import org.jspecify.annotations.NullMarked;
