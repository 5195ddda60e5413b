package gov.records.governance.connectors.slack;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.FieldReason;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.transport.ErrorDecoder;
import gov.records.governance.connectors.transport.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Slack's error envelope, {@code {"ok": false, "error": "<code>"}} (with
 * {@code needed}/{@code provided} on {@code missing_scope}): on a 429 through the
 * transport, and on every other answer, which Slack sends with HTTP 200, through
 * {@link #failure}. Each code the console meets becomes a connector error of the right
 * kind that says, in words, what happened and what to do.
 */
final class SlackErrors implements ErrorDecoder {

	private record Meaning(Kind kind, String text) {

	}

	private static final Map<String, Meaning> MEANINGS = Map
		.ofEntries(
				Map.entry("invalid_auth",
						new Meaning(Kind.UNAUTHORIZED,
								"the token is not valid (revoked or mistyped); issue a new one")),
				Map.entry("not_authed", new Meaning(Kind.UNAUTHORIZED, "no token was sent")),
				Map.entry("token_revoked", new Meaning(Kind.UNAUTHORIZED, "the token was revoked; issue a new one")),
				Map.entry("token_expired", new Meaning(Kind.UNAUTHORIZED, "the token expired; issue a new one")),
				Map.entry("account_inactive",
						new Meaning(Kind.UNAUTHORIZED, "the token's user was deactivated; use an active Org admin")),
				Map.entry("not_allowed_token_type",
						new Meaning(Kind.UNAUTHORIZED,
								"admin methods need an Org admin's user token (xoxp-), not a bot token")),
				Map.entry("missing_scope", new Meaning(Kind.UNAUTHORIZED, "the token lacks a scope the method needs")),
				Map.entry("not_an_admin",
						new Meaning(Kind.UNAUTHORIZED, "the token's user is not an Org admin or owner of the grid")),
				Map.entry("not_an_enterprise",
						new Meaning(Kind.REJECTED,
								"the workspace is not on Enterprise Grid; admin methods need a grid")),
				Map.entry("feature_not_enabled",
						new Meaning(Kind.REJECTED,
								"custom retention is not enabled for this org (an Enterprise Grid "
										+ "feature Slack switches on)")),
				Map.entry("channel_not_found",
						new Meaning(Kind.NOT_FOUND, "the conversation does not exist (deleted, or not in this grid)")),
				Map.entry("retention_override_not_allowed", new Meaning(Kind.REJECTED,
						"the org's retention policy does not allow a conversation to override it; an Org owner must "
								+ "allow overrides in the org's retention settings")),
				Map.entry("restricted_action",
						new Meaning(Kind.REJECTED, "the org's settings do not allow this action for the token's user")),
				Map.entry("channel_type_not_supported",
						new Meaning(Kind.REJECTED,
								"Slack does not take a custom retention for this kind of conversation (DMs, group DMs, "
										+ "#general)")),
				Map.entry("default_org_wide_channel",
						new Meaning(Kind.REJECTED,
								"this is the org's default org-wide channel, whose retention "
										+ "follows the org's policy")),
				Map.entry("invalid_duration",
						new Meaning(Kind.VALIDATION, "the retention must be a whole number of days from 1 to 36,500")),
				Map.entry("ratelimited", new Meaning(Kind.THROTTLED, "Slack's rate limit for the method was reached")));

	@Override
	public Decoded decode(JsonNode body, @Nullable String errorType) {
		if (!body.isObject()) {
			return new Decoded("", "", List.of(), null);
		}
		String code = Json.text(body, "error", "");
		Meaning meaning = MEANINGS.get(code);
		return new Decoded(code, (meaning == null) ? "" : meaning.text(), List.of(), null);
	}

	/**
	 * The connector error for an {@code ok: false} answer to {@code method}; never
	 * carries the token.
	 */
	static ConnectorException failure(String label, String method, JsonNode body) {
		String code = Json.text(body, "error", "unknown_error");
		Meaning meaning = MEANINGS.getOrDefault(code, new Meaning(Kind.REJECTED, "Slack refused the call"));
		StringBuilder message = new StringBuilder(label).append(": ")
			.append(method)
			.append(" failed with ")
			.append(code)
			.append(": ")
			.append(meaning.text());
		if (code.equals("missing_scope")) {
			message.append(" (needed: ").append(Json.text(body, "needed", "?"));
			message.append("; the token has: ").append(Json.text(body, "provided", "?")).append(')');
		}
		List<FieldReason> reasons = (meaning.kind() == Kind.VALIDATION)
				? List.of(new FieldReason("duration_days", meaning.text())) : List.of();
		return new ConnectorException(meaning.kind(), message.toString(), 200, reasons, null, null);
	}

}
