package gov.records.governance.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the login form and HTTP Basic) with the throttle in front and the
 * cache of verified credentials beside it: a credential verified in the last minute is
 * accepted without hashing; otherwise a locked name or address is refused without
 * hashing; otherwise the password is checked by the delegate (BCrypt) and the outcome
 * counted.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final VerifiedCredentials verified;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
			VerifiedCredentials verified) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.verified = verified;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Optional<VerifiedCredentials.Verified> known = this.verified.lookup(username, password);
		if (known.isPresent()) {
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
				.authenticated(known.get().username(), null, known.get().authorities());
			token.setDetails(authentication.getDetails());
			return token;
		}
		String address = address(authentication);
		if (this.throttle.locked(username, address).isPresent()) {
			throw new SignInLockedException();
		}
		Authentication result;
		try {
			// concurrent requests with the same credential share one check (DD075); each
			// still counts as an attempt of its own
			result = this.verified.once(username, password, () -> this.passwords.authenticate(authentication));
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
		if (result == null || !result.isAuthenticated()) {
			return result;
		}
		this.throttle.succeeded(username);
		this.verified.remember(result.getName(), password, result.getAuthorities());
		// a shared outcome carries the first request's details: each answer gets its own
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
			.authenticated(result.getPrincipal(), null, result.getAuthorities());
		token.setDetails(authentication.getDetails());
		return token;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	/** Refused because the name or the address is locked; counted, not audited again. */
	static final class SignInLockedException extends LockedException {

		SignInLockedException() {
			super("Too many failed sign-ins; try again later.");
		}

	}

}
