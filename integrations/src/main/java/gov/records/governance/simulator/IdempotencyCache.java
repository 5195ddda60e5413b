package gov.records.governance.simulator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Wickr does with {@code X-Client-Token}: the first successful answer to a write is
 * kept under its token; the same token with the same request gets that answer again
 * without the write being applied again; the same token with a different request is a
 * 400. Keeps the most recent 100,000 tokens.
 */
final class IdempotencyCache {

	private record Stored(String fingerprint, SimResponse response) {

	}

	private final Map<String, Stored> entries = new LinkedHashMap<>(1024, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
			return size() > 100_000;
		}

	};

	/**
	 * Empty when the token is new; the stored answer, or a refusal when it was reused.
	 */
	synchronized Optional<SimResponse> replay(String token, SimRequest request, SimResponse mismatch) {
		Stored entry = this.entries.get(token);
		if (entry == null) {
			return Optional.empty();
		}
		return Optional.of(entry.fingerprint().equals(fingerprint(request)) ? entry.response() : mismatch);
	}

	synchronized void remember(String token, SimRequest request, SimResponse response) {
		if (response.status() >= 200 && response.status() < 300) {
			this.entries.put(token, new Stored(fingerprint(request), response));
		}
	}

	private static String fingerprint(SimRequest request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.method() + " " + request.rawPath() + "\n").getBytes());
			return java.util.HexFormat.of().formatHex(digest.digest(request.body()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
