package gov.records.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Prometheus scraper's bearer token ({@code GOVERNANCE_METRICS_TOKEN}): compared in
 * constant time through its SHA-256, never kept in clear beyond start-up, never logged.
 * Empty means no token opens the metrics.
 */
final class MetricsToken {

	private static final String BEARER = "Bearer ";

	private final byte[] expected;

	MetricsToken(String token) {
		String value = token.strip();
		this.expected = value.isEmpty() ? new byte[0] : sha256(value);
	}

	boolean presentedBy(HttpServletRequest request) {
		if (this.expected.length == 0) {
			return false;
		}
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		return MessageDigest.isEqual(this.expected, sha256(header.substring(BEARER.length()).strip()));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "MetricsToken[" + ((this.expected.length == 0) ? "none" : "set") + "]";
	}

}
