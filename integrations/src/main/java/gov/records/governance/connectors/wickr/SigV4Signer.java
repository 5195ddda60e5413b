package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.transport.HttpCall;
import gov.records.governance.connectors.transport.RequestAuthenticator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for JSON REST calls: signs every header the request carries
 * plus {@code host} and {@code x-amz-date} (and, as AWS SDKs do,
 * {@code x-amz-content-sha256}), double-encodes the path as AWS does for every service
 * but S3, sorts the query. Checked against AWS's published test suite and against the AWS
 * SDK's own signer (see the tests and DD007 for why the SDK signer is not used directly).
 */
final class SigV4Signer implements RequestAuthenticator {

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final HexFormat HEX = HexFormat.of();

	private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

	private final String accessKeyId;

	private final String secretAccessKey;

	private final String region;

	private final String service;

	private final Clock clock;

	private final boolean signContentHash;

	/**
	 * The signing key of one day (it depends on the date only): four HMACs saved a call.
	 */
	private volatile DayKey dayKey = new DayKey("", new byte[0]);

	private record DayKey(String date, byte[] key) {
	}

	SigV4Signer(String accessKeyId, String secretAccessKey, String region, String service, Clock clock,
			boolean signContentHash) {
		this.accessKeyId = accessKeyId;
		this.secretAccessKey = secretAccessKey;
		this.region = region;
		this.service = service;
		this.clock = clock;
		this.signContentHash = signContentHash;
	}

	@Override
	public void authenticate(HttpCall call, Map<String, String> headers) {
		String amzDate = AMZ_DATE.format(this.clock.instant());
		String date = amzDate.substring(0, 8);
		String payloadHash = HEX.formatHex(sha256(call.body()));
		headers.put("host", host(call.uri()));
		headers.put("x-amz-date", amzDate);
		if (this.signContentHash) {
			headers.put("x-amz-content-sha256", payloadHash);
		}
		TreeMap<String, String> canonical = new TreeMap<>();
		headers.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), trimAll(value)));
		StringBuilder request = new StringBuilder(256).append(call.method())
			.append('\n')
			.append(canonicalPath(call.uri().getRawPath()))
			.append('\n')
			.append(canonicalQuery(call.uri().getRawQuery()))
			.append('\n');
		canonical.forEach((name, value) -> request.append(name).append(':').append(value).append('\n'));
		String signedHeaders = String.join(";", canonical.keySet());
		request.append('\n').append(signedHeaders).append('\n').append(payloadHash);
		String scope = date + "/" + this.region + "/" + this.service + "/aws4_request";
		String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
				+ HEX.formatHex(sha256(request.toString().getBytes(StandardCharsets.UTF_8)));
		String signature = HEX.formatHex(hmac(signingKey(date), toSign));
		headers.put("authorization", "AWS4-HMAC-SHA256 Credential=" + this.accessKeyId + "/" + scope
				+ ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
	}

	private byte[] signingKey(String date) {
		DayKey cached = this.dayKey;
		if (!cached.date().equals(date)) {
			byte[] key = hmac(("AWS4" + this.secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
			cached = new DayKey(date, hmac(hmac(hmac(key, this.region), this.service), "aws4_request"));
			this.dayKey = cached;
		}
		return cached.key();
	}

	/**
	 * Strips the value and folds each run of whitespace into one space, as SigV4 asks.
	 */
	static String trimAll(String value) {
		String stripped = value.strip();
		boolean plain = true;
		for (int i = 0; i < stripped.length() && plain; i++) {
			plain = !Character.isWhitespace(stripped.charAt(i));
		}
		return plain ? stripped : stripped.replaceAll("\\s+", " ");
	}

	static String host(URI uri) {
		int port = uri.getPort();
		boolean standard = port == -1 || (port == 443 && "https".equals(uri.getScheme()))
				|| (port == 80 && "http".equals(uri.getScheme()));
		return standard ? uri.getHost() : uri.getHost() + ":" + port;
	}

	/** Each segment of the (already encoded) path encoded once more. */
	static String canonicalPath(String rawPath) {
		if (rawPath == null || rawPath.isEmpty()) {
			return "/";
		}
		StringJoiner path = new StringJoiner("/");
		for (String segment : rawPath.split("/", -1)) {
			path.add(encode(segment));
		}
		return path.toString();
	}

	static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> pairs = new ArrayList<>();
		for (String part : rawQuery.split("&")) {
			if (part.isEmpty()) {
				continue;
			}
			int eq = part.indexOf('=');
			String name = (eq < 0) ? part : part.substring(0, eq);
			String value = (eq < 0) ? "" : part.substring(eq + 1);
			pairs.add(new String[] { encode(decode(name)), encode(decode(value)) });
		}
		pairs.sort((a, b) -> (a[0].equals(b[0])) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
		StringBuilder out = new StringBuilder();
		for (String[] pair : pairs) {
			if (!out.isEmpty()) {
				out.append('&');
			}
			out.append(pair[0]).append('=').append(pair[1]);
		}
		return out.toString();
	}

	/** RFC 3986 percent-encoding of everything but the unreserved characters. */
	static String encode(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append(c);
			}
			else {
				out.append('%').append(UPPER_HEX.toHexDigits(b));
			}
		}
		return out.toString();
	}

	private static String decode(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
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

}
