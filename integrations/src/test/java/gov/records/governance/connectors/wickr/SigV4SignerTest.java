package gov.records.governance.connectors.wickr;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.transport.HttpCall;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The connector's signer against AWS's published SigV4 test suite (access key
 * {@code AKIDEXAMPLE}, region {@code us-east-1}, service {@code service}, 2015-08-30
 * 12:36:00 UTC, host {@code example.amazonaws.com}), and against the AWS SDK's own
 * signer.
 */
class SigV4SignerTest {

	private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

	private static final Clock SUITE_TIME = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);

	private final SigV4Signer suiteSigner = new SigV4Signer("AKIDEXAMPLE", SECRET, "us-east-1", "service", SUITE_TIME,
			false);

	@Test
	void getVanilla() {
		Map<String, String> headers = sign(this.suiteSigner, "GET", "https://example.amazonaws.com/", "");
		assertThat(headers).containsEntry("x-amz-date", "20150830T123600Z")
			.containsEntry("host", "example.amazonaws.com");
		assertThat(headers.get("authorization")).isEqualTo(
				"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
						+ "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
	}

	@Test
	void postVanilla() {
		assertThat(sign(this.suiteSigner, "POST", "https://example.amazonaws.com/", "").get("authorization"))
			.endsWith("SignedHeaders=host;x-amz-date, "
					+ "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
	}

	@Test
	void getVanillaQueryOrderKeyCaseSortsTheParameters() {
		assertThat(sign(this.suiteSigner, "GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1", "")
			.get("authorization"))
			.endsWith("Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
	}

	@Test
	void agreesWithTheAwsSdkSignerOnAWickrWrite() {
		Clock now = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
		SigV4Signer signer = new SigV4Signer("AKIDWICKR", "secret/key+value", "us-east-1", "wickr", now, true);
		String uri = "http://127.0.0.1:8443/networks/12345678/security-groups/sg-7%20a?maxResults=100&nextToken=a%2Bb%3D";
		String body = "{\"securityGroupSettings\":{\"maxTtl\":604800}}";
		Map<String, String> ours = sign(signer, "PATCH", uri, body);

		SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.PATCH).uri(URI.create(uri));
		request.putHeader("accept", "application/json")
			.putHeader("content-type", "application/json")
			.putHeader("x-client-token", "token-1");
		SignedRequest sdk = AwsV4HttpSigner.create()
			.sign((sign) -> sign.identity(AwsCredentialsIdentity.create("AKIDWICKR", "secret/key+value"))
				.request(request.build())
				.payload(ContentStreamProvider.fromUtf8String(body))
				.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "wickr")
				.putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
				.putProperty(AwsV4HttpSigner.SIGNING_CLOCK, now));
		String sdkAuthorization = sdk.request().firstMatchingHeader("Authorization").orElseThrow();

		assertThat(ours.get("authorization")).isEqualTo(sdkAuthorization);
		assertThat(ours.get("authorization").toLowerCase(Locale.ROOT))
			.contains("signedheaders=accept;content-type;host;x-amz-content-sha256;x-amz-date;x-client-token");
	}

	@Test
	void theBodyIsPartOfTheSignature() {
		assertThat(sign(this.suiteSigner, "POST", "https://example.amazonaws.com/", "{}").get("authorization"))
			.isNotEqualTo(sign(this.suiteSigner, "POST", "https://example.amazonaws.com/", "").get("authorization"));
	}

	@Test
	void theCachedSigningKeyFollowsTheDate() {
		Instant[] now = { Instant.parse("2015-08-30T12:36:00Z") };
		Clock moving = new Clock() {

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}

		};
		SigV4Signer signer = new SigV4Signer("AKIDEXAMPLE", SECRET, "us-east-1", "service", moving, false);
		String vanilla = sign(this.suiteSigner, "GET", "https://example.amazonaws.com/", "").get("authorization");
		assertThat(sign(signer, "GET", "https://example.amazonaws.com/", "").get("authorization")).isEqualTo(vanilla);

		now[0] = Instant.parse("2015-08-31T12:36:00Z");
		SigV4Signer nextDay = new SigV4Signer("AKIDEXAMPLE", SECRET, "us-east-1", "service",
				Clock.fixed(now[0], ZoneOffset.UTC), false);
		assertThat(sign(signer, "GET", "https://example.amazonaws.com/", "").get("authorization"))
			.isEqualTo(sign(nextDay, "GET", "https://example.amazonaws.com/", "").get("authorization"))
			.contains("/20150831/");

		now[0] = Instant.parse("2015-08-30T12:36:00Z");
		assertThat(sign(signer, "GET", "https://example.amazonaws.com/", "").get("authorization")).isEqualTo(vanilla);
	}

	@Test
	void foldsWhitespaceInHeaderValues() {
		assertThat(SigV4Signer.trimAll("  plain  ")).isEqualTo("plain");
		assertThat(SigV4Signer.trimAll(" a \t b   c ")).isEqualTo("a b c");
	}

	private static Map<String, String> sign(SigV4Signer signer, String method, String uri, String body) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (!body.isEmpty()) {
			headers.put("accept", "application/json");
			headers.put("content-type", "application/json");
			headers.put("x-client-token", "token-1");
		}
		signer.authenticate(
				new HttpCall("test", method, URI.create(uri), body.getBytes(StandardCharsets.UTF_8), null, true),
				headers);
		return headers;
	}

}
