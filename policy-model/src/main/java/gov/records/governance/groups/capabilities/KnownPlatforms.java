package gov.records.governance.groups.capabilities;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.List;

/** What each kind of platform can hold (DD043, DD060), one constant per kind. */
final class KnownPlatforms {

	private static final LifetimeRange WICKR_LIFETIMES = LifetimeRange.between(Duration.ofMinutes(1),
			Duration.ofDays(365), Duration.ofSeconds(1), "seconds");

	private static final LifetimeRange WHOLE_DAYS = LifetimeRange.between(Duration.ofDays(1), LifetimeRange.LONGEST,
			Duration.ofDays(1), "days");

	private static final LifetimeRange MATRIX_LIFETIMES = LifetimeRange.between(LifetimeRange.SHORTEST,
			LifetimeRange.LONGEST, Duration.ofMillis(1), "milliseconds");

	private static final LifetimeRange DISAPPEARING = LifetimeRange
		.oneOf(List.of(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(90)));

	/**
	 * Wickr security groups: every message expires ({@code maxTtl} is a cap on the timers
	 * users pick, never "forever"), in whole seconds up to one year (the simulator's
	 * bound, an assumption recorded in DD007); a burn-on-read cap up to the lifetime; the
	 * shredder at 0, 20, 60 or 100; capture through the network's one data-retention bot.
	 */
	static final PlatformCapabilities WICKR = new PlatformCapabilities(PlatformKind.WICKR, true, false, WICKR_LIFETIMES,
			true, List.of(0, 20, 60, 100), CaptureControl.NETWORK_WIDE,
			"Wickr messages always expire, so auto-delete stays on: a maximum lifetime of " + WICKR_LIFETIMES.text()
					+ " (records are kept by capture); a burn-on-read cap up to the lifetime, or none; a shredder "
					+ "intensity of 0, 20, 60 or 100; capture is the network's data-retention bot, one switch for "
					+ "every group (turning it off here leaves it on).");

	/**
	 * Mattermost teams and channels: a data-retention policy keeps posts for whole days
	 * ({@code post_duration}, at least one) or forever; there is no burn-on-read and no
	 * shredder, and capture (the compliance export) is not set through the admin API, so
	 * the console only records it.
	 */
	static final PlatformCapabilities MATTERMOST = new PlatformCapabilities(PlatformKind.MATTERMOST, true, true,
			WHOLE_DAYS, false, List.of(), CaptureControl.RECORDED,
			"Mattermost keeps posts forever or deletes them after " + WHOLE_DAYS.text()
					+ " (a data-retention policy); it has no burn-on-read and no shredder; capture is its compliance "
					+ "export, which the console records but does not switch.");

	/**
	 * Matrix rooms: the room's {@code m.room.retention} state sets a {@code max_lifetime}
	 * in milliseconds, or none (kept); the homeserver may clamp it to its own configured
	 * bounds; there is no burn-on-read and no shredder, and nothing built in captures
	 * messages, so the console only records capture (a capture bot reports it).
	 */
	static final PlatformCapabilities MATRIX = new PlatformCapabilities(PlatformKind.MATRIX, true, true,
			MATRIX_LIFETIMES, false, List.of(), CaptureControl.RECORDED,
			"Matrix keeps a room's messages or deletes them after a maximum lifetime of " + MATRIX_LIFETIMES.text()
					+ " (the homeserver may clamp it to its own bounds); it has no burn-on-read and no shredder; "
					+ "nothing built in captures messages, so the console records capture that a capture bot "
					+ "reports.");

	/**
	 * Slack (Enterprise Grid, GovSlack) conversations: a custom retention keeps messages
	 * for whole days, 1 to {@link PlatformCapabilities#SLACK_MAX_DAYS}
	 * ({@code admin.conversations.setCustomRetention}; the console caps every lifetime at
	 * 25 years, so 1 day to 25 years here), or the conversation follows the org's or
	 * workspace's default (which the platform's settings in the console name, since
	 * Slack's API does not expose it); there is no burn-on-read and no shredder, and
	 * capture (Discovery API, exports) is not governed here, so the console only records
	 * it (DD060).
	 */
	static final PlatformCapabilities SLACK = new PlatformCapabilities(PlatformKind.SLACK, true, true, WHOLE_DAYS,
			false, List.of(), CaptureControl.RECORDED,
			"Slack keeps a conversation's messages (it follows the org default, when that keeps them) or "
					+ "deletes them after a custom retention of " + WHOLE_DAYS.text()
					+ "; it has no burn-on-read and no shredder; capture (Discovery API, exports) is recorded, "
					+ "not switched, by the console.");

	/**
	 * Unsanctioned apps on personal devices (WhatsApp, Signal and the like), known from
	 * device inventories: disappearing messages are off, 24 hours, 7 days or 90 days, set
	 * on each phone; there is no burn-on-read cap, no shredder and no capture, and the
	 * console has no connector, so it changes nothing there (44 U.S.C. 2911: the remedy
	 * is forwarding to an official account within 20 days, or ending the use).
	 */
	static final PlatformCapabilities UNSANCTIONED_APP = new PlatformCapabilities(PlatformKind.OTHER, false, true,
			DISAPPEARING, false, List.of(), CaptureControl.NONE,
			"An unsanctioned app on personal devices: disappearing messages are off or " + DISAPPEARING.text()
					+ ", set on each phone; there is no burn-on-read, no shredder and no capture, and the console "
					+ "has no connector to change them. The remedy is forwarding business messages to an official "
					+ "account within 20 days (44 U.S.C. 2911), or ending the use.");

	private KnownPlatforms() {
	}

}
