package gov.records.governance.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gov.records.governance.shared.SingleFlight;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Credentials that passed the password hash recently, so an API client sending HTTP Basic
 * on every request is not hashed with BCrypt on every request (DD019). Keyed by an
 * HMAC-SHA256 of name and password under a random key made at start and never stored: a
 * heap dump shows neither the password nor a hash that could be attacked offline without
 * the key. An entry lives {@code governance.login.credential-cache} (60 s) from its
 * verification, so a changed password or role takes effect within that. Wrong passwords
 * never enter it. When an entry expires, every client using it misses at once (100 API
 * clients of one user did, each paying a BCrypt check): requests that arrive with the
 * same credential while its check runs wait for that check's outcome ({@link #once})
 * instead of hashing again (DD075).
 */
@Component
class VerifiedCredentials {

	/** Who a verified credential belongs to and the roles it had then. */
	record Verified(String username, List<GrantedAuthority> authorities) {
	}

	private final byte[] key = new byte[32];

	private final Cache<String, Verified> verified;

	/** Checks running now, by credential MAC; removed when their outcome is known. */
	private final SingleFlight<String, Object> running = new SingleFlight<>();

	VerifiedCredentials(LoginThrottleProperties properties) {
		new SecureRandom().nextBytes(this.key);
		this.verified = Caffeine.newBuilder()
			.expireAfterWrite(properties.credentialCache())
			.maximumSize(10_000)
			.build();
	}

	Optional<Verified> lookup(String username, String password) {
		return Optional.ofNullable(this.verified.getIfPresent(mac(username, password)));
	}

	/**
	 * Runs {@code check} for this credential, or, when a check of the same credential is
	 * already running, waits for it and returns (or throws) its outcome.
	 */
	@SuppressWarnings("unchecked")
	<T> T once(String username, String password, Supplier<T> check) {
		return (T) this.running.run(mac(username, password), check::get);
	}

	void remember(String username, String password, Collection<? extends GrantedAuthority> authorities) {
		this.verified.put(mac(username, password), new Verified(username, List.copyOf(authorities)));
	}

	private String mac(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
