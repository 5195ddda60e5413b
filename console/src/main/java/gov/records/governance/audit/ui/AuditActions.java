package gov.records.governance.audit.ui;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Audit actions in plain words ("Signed in" for {@code login.succeeded}); the raw action
 * stays in exports and on hover. The glossary (docs/glossary.md) lists them.
 */
final class AuditActions {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("login.succeeded", "Signed in"),
			Map.entry("logout", "Signed out"), Map.entry("login.failed", "Sign-in failed"),
			Map.entry("login.failed.suppressed", "Further sign-in failures (counted)"),
			Map.entry("login.locked", "Sign-in locked"), Map.entry("login.refused", "Sign-in refused"),
			Map.entry("settings.changed", "Settings changed"),
			Map.entry("settings.pushed", "Settings pushed to the backend"),
			Map.entry("settings.push.failed", "Push to the backend failed"),
			Map.entry("settings.change.requested", "Change requested (needs approval)"),
			Map.entry("settings.change.approved", "Change approved"),
			Map.entry("settings.change.rejected", "Change rejected"),
			Map.entry("settings.change.refused", "Change refused by a guardrail"),
			Map.entry("settings.change.blocked", "Change blocked by a hold"), Map.entry("settings.bulk", "Bulk change"),
			Map.entry("settings.bulk.refused", "Bulk change refused"), Map.entry("hold.placed", "Hold placed"),
			Map.entry("hold.released", "Hold released"), Map.entry("report.requested", "Report requested"),
			Map.entry("report.generated", "Report generated"), Map.entry("report.downloaded", "Report downloaded"),
			Map.entry("report.file.downloaded", "Report file downloaded"),
			Map.entry("platform.sync.requested", "Sync requested"), Map.entry("drift.detected", "Drift detected"),
			Map.entry("capture.reported", "Capture reported"), Map.entry("inventory.imported", "Inventory imported"),
			Map.entry("compliance.run", "Compliance run"),
			Map.entry("disposition.draft.created", "Disposition draft created"),
			Map.entry("disposition.draft.updated", "Disposition draft updated"),
			Map.entry("disposition.signed_off", "Disposition report signed off"),
			Map.entry("schedule.item.created", "Schedule item created"),
			Map.entry("schedule.assignment.created", "Schedule assigned"),
			Map.entry("schedule.assignment.removed", "Schedule assignment removed"),
			Map.entry("schedule.imported", "Schedule imported"),
			Map.entry("schedule.change.refused", "Schedule change refused"));

	private AuditActions() {
	}

	static String words(String action) {
		String known = WORDS.get(action);
		if (known != null) {
			return known;
		}
		String spaced = action.replace('.', ' ').replace('_', ' ');
		return spaced.isEmpty() ? action : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** Where a target opens in the console, or null when it has no page of its own. */
	static @Nullable String link(@Nullable String targetType, @Nullable String targetId) {
		if (targetType == null || targetId == null || !targetId.chars().allMatch(Character::isDigit)
				|| targetId.isEmpty()) {
			return null;
		}
		return switch (targetType.toLowerCase(Locale.ROOT)) {
			case "group", "messaging_group" -> "groups/" + targetId;
			case "change_request" -> "approvals";
			case "report" -> "reports";
			case "hold", "legal_hold" -> "holds";
			case "schedule_item", "schedule" -> "schedules";
			case "platform" -> "platforms";
			case "disposition_draft" -> "reports/disposition";
			case "finding" -> "findings";
			default -> null;
		};
	}

}
