package gov.records.governance;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a given console user, then restores whoever was logged in before. */
public final class Users {

	private Users() {
	}

	public static <T> T as(String username, Callable<T> action, String... roles) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				Arrays.stream(roles).map((r) -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return action.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(String username, Runnable action, String... roles) {
		as(username, () -> {
			action.run();
			return null;
		}, roles);
	}

}
