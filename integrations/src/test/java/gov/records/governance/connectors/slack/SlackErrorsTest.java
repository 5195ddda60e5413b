package gov.records.governance.connectors.slack;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.transport.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error code issue 18 names as mattering to governance becomes a connector error of
 * the right kind that names the code and says what it means. The simulator answers the
 * ones a test can bring about over HTTP ({@link SlackConnectorTest}); these are the
 * answers only a real grid gives (an admin without the right, an org that restricts the
 * action, a duration Slack refuses, which the connector never sends).
 */
class SlackErrorsTest {

	@ParameterizedTest
	@CsvSource({ "retention_override_not_allowed, REJECTED, does not allow a conversation to override",
			"restricted_action, REJECTED, do not allow this action", "channel_type_not_supported, REJECTED, DMs",
			"default_org_wide_channel, REJECTED, default org-wide channel",
			"not_an_admin, UNAUTHORIZED, not an Org admin", "invalid_duration, VALIDATION, 1 to 36,500",
			"invalid_auth, UNAUTHORIZED, not valid", "missing_scope, UNAUTHORIZED, lacks a scope",
			"channel_not_found, NOT_FOUND, does not exist", "ratelimited, THROTTLED, rate limit",
			"something_new, REJECTED, Slack refused the call" })
	void aGovernanceErrorIsAConnectorErrorOfItsKindNamingTheCode(String code, Kind kind, String meaning) {
		ConnectorException error = SlackErrors.failure("Slack E0AGENCY", "admin.conversations.setCustomRetention",
				Json.MAPPER.readTree("{\"ok\":false,\"error\":\"" + code + "\"}"));

		assertThat(error.kind()).isEqualTo(kind);
		assertThat(error.getMessage())
			.startsWith("Slack E0AGENCY: admin.conversations.setCustomRetention failed with " + code + ": ")
			.contains(meaning);
		if (kind == Kind.VALIDATION) {
			assertThat(error.reasons()).singleElement()
				.satisfies((reason) -> assertThat(reason.field()).isEqualTo("duration_days"));
		}
	}

}
