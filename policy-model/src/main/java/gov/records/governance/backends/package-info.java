/**
 * What the messaging backends report (DD013): each platform's sync health, every group's
 * live settings and counts, and capture health from the backend and from capture bots.
 * Written by the sync and the outbox, read by the views, the compliance engine and the
 * reports. Settings and counts only, never message content.
 */
@NullMarked
package gov.records.governance.backends;

import org.jspecify.annotations.NullMarked;
