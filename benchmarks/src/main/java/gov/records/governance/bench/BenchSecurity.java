package gov.records.governance.bench;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs benchmark code as a console user, so services apply their real role and scope
 * checks.
 */
final class BenchSecurity {

	private BenchSecurity() {
	}

	static <T> T as(String username, String role, Callable<T> action) throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		try {
			return action.call();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
