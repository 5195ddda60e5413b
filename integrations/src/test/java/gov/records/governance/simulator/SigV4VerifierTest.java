package gov.records.governance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's verifier against AWS's published SigV4 test suite. */
class SigV4VerifierTest {

	private static final String GET_VANILLA = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
			+ "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

	private static final String POST_VANILLA = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
			+ "SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";

	private static final String QUERY_ORDER = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
			+ "SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";

	private final SigV4Verifier verifier = verifier("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "2015-08-30T12:38:00Z");

	@Test
	void acceptsThePublishedVectors() {
		assertThat(this.verifier.verify("GET", "/", "", headers(GET_VANILLA), new byte[0])).isEmpty();
		assertThat(this.verifier.verify("POST", "/", "", headers(POST_VANILLA), new byte[0])).isEmpty();
		assertThat(this.verifier.verify("GET", "/", "Param2=value2&Param1=value1", headers(QUERY_ORDER), new byte[0]))
			.isEmpty();
	}

	@Test
	void refusesATamperedRequest() {
		assertThat(this.verifier.verify("GET", "/other", "", headers(GET_VANILLA), new byte[0]))
			.hasValueSatisfying((refusal) -> assertThat(refusal.errorType()).isEqualTo("InvalidSignatureException"));
		assertThat(this.verifier.verify("POST", "/", "", headers(POST_VANILLA), "x".getBytes(StandardCharsets.UTF_8)))
			.hasValueSatisfying((refusal) -> assertThat(refusal.message()).contains("signature we calculated"));
		assertThat(
				this.verifier.verify("GET", "/", "", headers(GET_VANILLA.replace("5fa00fa3", "5fa00fa4")), new byte[0]))
			.isPresent();
	}

	@Test
	void refusesAWrongSecretAnUnknownKeyAStaleSignatureAndNoSignature() {
		assertThat(verifier("another-secret", "2015-08-30T12:36:00Z").verify("GET", "/", "", headers(GET_VANILLA),
				new byte[0]))
			.hasValueSatisfying((refusal) -> assertThat(refusal.status()).isEqualTo(403));
		assertThat(this.verifier.verify("GET", "/", "", headers(GET_VANILLA.replace("AKIDEXAMPLE", "AKIDOTHER")),
				new byte[0]))
			.hasValueSatisfying((refusal) -> assertThat(refusal.errorType()).isEqualTo("UnrecognizedClientException"));
		assertThat(verifier("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "2015-08-30T13:00:00Z").verify("GET", "/", "",
				headers(GET_VANILLA), new byte[0]))
			.hasValueSatisfying((refusal) -> assertThat(refusal.message()).startsWith("Signature expired"));
		assertThat(this.verifier.verify("GET", "/", "", Map.of("host", "example.amazonaws.com"), new byte[0]))
			.hasValueSatisfying(
					(refusal) -> assertThat(refusal.errorType()).isEqualTo("MissingAuthenticationTokenException"));
	}

	private static SigV4Verifier verifier(String secret, String now) {
		return new SigV4Verifier("AKIDEXAMPLE", secret, "us-east-1", "service",
				Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
	}

	private static Map<String, String> headers(String authorization) {
		return Map.of("host", "example.amazonaws.com", "x-amz-date", "20150830T123600Z", "authorization",
				authorization);
	}

}
