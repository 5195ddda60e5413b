package gov.records.governance.groups;

import gov.records.governance.platforms.PlatformKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of a group's deletion settings each kind of platform holds itself, so that a push
 * sends only those and a drift check compares like with like (DD013). Wickr holds all of
 * them, but its capture is one switch for the whole network. Mattermost and Matrix hold
 * the message lifetime only: burn-on-read and the shredder do not exist there, and their
 * capture (a compliance export, a capture bot) is not set through their admin APIs; Slack
 * likewise (a conversation's custom retention in days, or the org default).
 */
public final class PlatformControls {

	private PlatformControls() {
	}

	/**
	 * The governed settings as the platform holds them: what the outbox pushes. On Wickr
	 * the capture flag is only ever turned on by a push, never off (turning it off would
	 * stop capture for every group in the network).
	 */
	public static DeletionSettings pushed(PlatformKind kind, DeletionSettings governed) {
		return switch (kind) {
			case MATTERMOST, MATRIX, SLACK -> new DeletionSettings(governed.autoDelete(),
					governed.autoDelete() ? governed.maxLifetime() : null, null, 0, false);
			case WICKR, OTHER -> governed;
		};
	}

	/**
	 * Where the live settings differ from the governed ones in what the platform holds;
	 * empty when they are in step.
	 */
	public static List<Difference> differences(PlatformKind kind, DeletionSettings governed, DeletionSettings live) {
		List<Difference> found = new ArrayList<>();
		if (governed.autoDelete() != live.autoDelete()
				|| (governed.autoDelete() && !Objects.equals(governed.maxLifetime(), live.maxLifetime()))) {
			found.add(new Difference("maxLifetime", governed.lifetimeText(), live.lifetimeText()));
		}
		if (kind == PlatformKind.WICKR) {
			if (!Objects.equals(governed.burnOnRead(), live.burnOnRead())) {
				found.add(new Difference("burnOnRead", governed.burnOnReadText(), live.burnOnReadText()));
			}
			if (governed.shredderIntensity() != live.shredderIntensity()) {
				found.add(new Difference("shredderIntensity", Integer.toString(governed.shredderIntensity()),
						Integer.toString(live.shredderIntensity())));
			}
			// network-wide: capture the group does not need is not drift, missing capture
			// is
			if (governed.captureEnabled() && !live.captureEnabled()) {
				found.add(new Difference("captureEnabled", "on", "off"));
			}
		}
		return found;
	}

	/**
	 * The governed settings never reached the backend: the push of the version in force
	 * failed for good, so the console's record is not what the platform holds (DD043).
	 */
	public static Difference failedPush(DeletionSettings governed, String error) {
		return new Difference("push", governed.summary(), "never applied, the push failed for good: " + error);
	}

	/**
	 * The SQL expression (over {@code live_group_state l}) for the last error of a push
	 * of the group's version in force that failed for good and was not applied since;
	 * null when there is none.
	 */
	public static final String FAILED_PUSH_SQL = """
			(select max(o.last_error) from outbox o
			 join deletion_policy_version fv on fv.id = o.policy_version_id and fv.valid_to is null
			 where o.group_id = l.group_id and o.status = 'FAILED'
			   and not exists (select 1 from outbox a where a.group_id = o.group_id
			                   and a.policy_version_id = o.policy_version_id and a.status = 'APPLIED'))""";

	/** One setting that differs: its name, the governed value and the live value. */
	public record Difference(String field, String governed, String live) {

		@Override
		public String toString() {
			return label(this.field) + ": governed " + this.governed + ", live " + this.live;
		}

		static String label(String field) {
			return switch (field) {
				case "maxLifetime" -> "Message lifetime";
				case "burnOnRead" -> "Burn-on-read";
				case "shredderIntensity" -> "Shredder";
				case "captureEnabled" -> "Capture";
				case "push" -> "Push to the backend";
				default -> field;
			};
		}

	}

}
