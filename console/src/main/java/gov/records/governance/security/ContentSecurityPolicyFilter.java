package gov.records.governance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A {@code Content-Security-Policy} on every answer (issue 12 item 13, DD044). The REST
 * API answers data only, so its policy allows nothing to load or frame it. The Vaadin
 * pages get the narrowest policy Vaadin 25's pre-compiled bundle runs under: everything
 * from the console's own origin only; inline scripts and {@code eval} for scripts (the
 * bootstrap page starts Flow's client engine inline, and the engine builds functions from
 * the expressions the server sends), inline styles (Lumo and the components set them),
 * images and fonts also as {@code data:} URLs; no plugins, no framing by other sites, no
 * foreign {@code <base>}. Set before any other filter, like {@link NoSniffFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String PAGES = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
		response.setHeader("Content-Security-Policy", api ? API : PAGES);
		chain.doFilter(request, response);
	}

}
