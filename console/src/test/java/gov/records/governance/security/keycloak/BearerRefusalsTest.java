package gov.records.governance.security.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The reasons a refused token is given: plain words, never the validator's message. */
class BearerRefusalsTest {

	@Test
	void validatorMessagesBecomeShortReasons() {
		assertThat(reason("An error occurred while attempting to decode the Jwt: Jwt expired at 2026-12-02T17:00:00Z"))
			.isEqualTo("it has expired");
		assertThat(reason("An error occurred while attempting to decode the Jwt: The iss claim is not valid"))
			.isEqualTo("it was issued by another realm");
		assertThat(reason("An error occurred while attempting to decode the Jwt: The aud claim is not valid"))
			.isEqualTo("it was issued for another audience");
		assertThat(
				reason("An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature"))
			.isEqualTo("its signature does not verify");
		assertThat(reason(
				"An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found"))
			.isEqualTo("it was signed by an unknown key (another realm?)");
		assertThat(reason("Malformed token")).isEqualTo("it is not a valid token");
	}

	private static String reason(String message) {
		return BearerRefusals.reasonFor(new InvalidBearerTokenException(message));
	}

}
