package gov.records.governance.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 the way AWS front doors do: the key id must be known,
 * the scope must name this region and service, the time must be within 5 minutes, the
 * payload hash (when sent) must match the body, and the signature recomputed from the
 * request as received must match. Written independently of the connector's signer; both
 * are checked against AWS's published test suite.
 */
final class SigV4Verifier {

	/**
	 * Why a request was refused: the {@code x-amzn-ErrorType} and the message AWS gives.
	 */
	record Refusal(int status, String errorType, String message) {

	}

	private static final Pattern AUTHORIZATION = Pattern.compile(
			"AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*SignedHeaders=([^,]+),\\s*Signature=([0-9a-f]{64})");

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final Duration SKEW = Duration.ofMinutes(5);

	private final String accessKeyId;

	private final String secretAccessKey;

	private final String region;

	private final String service;

	private final Clock clock;

	private static final Pattern SPACES = Pattern.compile(" +");

	private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

	/** The signing key of the last date seen (it depends on nothing else). */
	private volatile DayKey dayKey = new DayKey("", new byte[0]);

	private record DayKey(String date, byte[] key) {
	}

	SigV4Verifier(String accessKeyId, String secretAccessKey, String region, String service, Clock clock) {
		this.accessKeyId = accessKeyId;
		this.secretAccessKey = secretAccessKey;
		this.region = region;
		this.service = service;
		this.clock = clock;
	}

	/** Empty when the request is properly signed. */
	Optional<Refusal> verify(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
		String authorization = headers.get("authorization");
		if (authorization == null || authorization.isBlank()) {
			return refuse("MissingAuthenticationTokenException", "Missing Authentication Token");
		}
		Matcher auth = AUTHORIZATION.matcher(authorization.strip());
		if (!auth.matches()) {
			return refuse("IncompleteSignatureException", "Authorization header requires 'Credential', "
					+ "'Signature' and 'SignedHeaders' parameters in the AWS4-HMAC-SHA256 format.");
		}
		if (!auth.group(1).equals(this.accessKeyId)) {
			return refuse("UnrecognizedClientException", "The security token included in the request is invalid.");
		}
		if (!auth.group(3).equals(this.region)) {
			return refuse("InvalidSignatureException", "Credential should be scoped to a valid region.");
		}
		if (!auth.group(4).equals(this.service)) {
			return refuse("InvalidSignatureException",
					"Credential should be scoped to correct service: '" + this.service + "'.");
		}
		List<String> signed = List.of(auth.group(5).split(";"));
		if (!signed.contains("host") || !signed.contains("x-amz-date")) {
			return refuse("InvalidSignatureException", "'Host' and 'X-Amz-Date' must be signed.");
		}
		String amzDate = headers.getOrDefault("x-amz-date", "");
		Instant signedAt;
		try {
			signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return refuse("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'.");
		}
		if (!amzDate.startsWith(auth.group(2))) {
			return refuse("InvalidSignatureException",
					"Date in Credential scope does not match YYYYMMDD from X-Amz-Date.");
		}
		Instant now = this.clock.instant();
		if (Duration.between(signedAt, now).abs().compareTo(SKEW) > 0) {
			return refuse("InvalidSignatureException",
					"Signature expired: " + amzDate + " is now earlier or later than 5 minutes from "
							+ AMZ_DATE.format(now.atOffset(ZoneOffset.UTC)) + ".");
		}
		String bodyHash = hex(sha256(body));
		String claimed = headers.get("x-amz-content-sha256");
		if (claimed != null && !claimed.equals(bodyHash) && !claimed.equals("UNSIGNED-PAYLOAD")) {
			return refuse("InvalidSignatureException",
					"The provided 'x-amz-content-sha256' header does not match what was computed.");
		}
		String payloadHash = (claimed != null && claimed.equals("UNSIGNED-PAYLOAD")) ? claimed : bodyHash;
		StringBuilder canonical = new StringBuilder(method).append('\n')
			.append(path(rawPath))
			.append('\n')
			.append(query(rawQuery))
			.append('\n');
		for (String name : signed) {
			String value = headers.get(name);
			if (value == null) {
				return refuse("InvalidSignatureException", "Signed header '" + name + "' is missing from the request.");
			}
			String trimmed = value.trim();
			canonical.append(name)
				.append(':')
				.append((trimmed.indexOf(' ') < 0) ? trimmed : SPACES.matcher(trimmed).replaceAll(" "))
				.append('\n');
		}
		canonical.append('\n').append(auth.group(5)).append('\n').append(payloadHash);
		String scope = auth.group(2) + "/" + this.region + "/" + this.service + "/aws4_request";
		String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
				+ hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		byte[] expected = hmac(signingKey(auth.group(2)), stringToSign);
		if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(auth.group(6)))) {
			return refuse("InvalidSignatureException",
					"The request signature we calculated does not match the signature you provided. "
							+ "Check your AWS Secret Access Key and signing method. "
							+ "Consult the service documentation for details.");
		}
		return Optional.empty();
	}

	private byte[] signingKey(String date) {
		DayKey cached = this.dayKey;
		if (!cached.date().equals(date)) {
			byte[] key = ("AWS4" + this.secretAccessKey).getBytes(StandardCharsets.UTF_8);
			for (String part : new String[] { date, this.region, this.service, "aws4_request" }) {
				key = hmac(key, part);
			}
			cached = new DayKey(date, key);
			this.dayKey = cached;
		}
		return cached.key();
	}

	private static Optional<Refusal> refuse(String type, String message) {
		return Optional.of(new Refusal(403, type, message));
	}

	/**
	 * Non-S3 services: each path segment, as received (already encoded), encoded again.
	 */
	private static String path(String rawPath) {
		if (rawPath.isEmpty()) {
			return "/";
		}
		List<String> segments = new ArrayList<>();
		for (String segment : rawPath.split("/", -1)) {
			segments.add(uriEncode(segment));
		}
		return String.join("/", segments);
	}

	private static String query(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> pairs = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] nameValue = pair.split("=", 2);
			pairs.add(new String[] { uriEncode(decode(nameValue[0])),
					(nameValue.length > 1) ? uriEncode(decode(nameValue[1])) : "" });
		}
		pairs.sort(Comparator.<String[], String>comparing((pair) -> pair[0]).thenComparing((pair) -> pair[1]));
		List<String> joined = new ArrayList<>();
		for (String[] pair : pairs) {
			joined.add(pair[0] + "=" + pair[1]);
		}
		return String.join("&", joined);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static String uriEncode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			boolean unreserved = Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.'
					|| c == '~';
			if (unreserved) {
				out.append((char) c);
			}
			else {
				out.append('%').append(UPPER_HEX.toHexDigits(b));
			}
		}
		return out.toString();
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
