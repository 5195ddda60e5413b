package gov.records.governance.api;

import gov.records.governance.problems.ProblemResponses;
import gov.records.governance.problems.ApiProblems;
import gov.records.governance.problems.ApiProblems.Kind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every API request body ({@link ApiLimits}): one that declares a larger
 * {@code Content-Length} is refused before it is read, and one sent without a length is
 * cut off the moment it passes the limit; both answer 413 with a problem (DD022).
 */
@Component
class RequestSizeLimits extends OncePerRequestFilter {

	private static final String EXCEEDED = RequestSizeLimits.class.getName() + ".exceeded";

	private final ApiLimits limits;

	RequestSizeLimits(ApiLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path(request).startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.limits.forPath(path(request));
		if (request.getContentLengthLong() > limit) {
			request.setAttribute(EXCEEDED, true);
			ProblemResponses.write(response, problem(limit));
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/** Whether the body of this request went past its limit while it was read. */
	static boolean exceeded(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(EXCEEDED));
	}

	static ProblemDetail problem(long limit) {
		return ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, Kind.TOO_LARGE,
				"The request body is larger than this endpoint takes (at most " + size(limit) + ").");
	}

	private static String size(long bytes) {
		return (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) ? (bytes / (1024 * 1024)) + " MB"
				: (bytes >= 1024 && bytes % 1024 == 0) ? (bytes / 1024) + " KB" : bytes + " bytes";
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The request with its body counted as it is read. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream in;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.in == null) {
				this.in = new Counting(getRequest().getInputStream(), this.limit, (HttpServletRequest) getRequest());
			}
			return this.in;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private final HttpServletRequest request;

		private long count;

		Counting(ServletInputStream in, long limit, HttpServletRequest request) {
			this.in = in;
			this.limit = limit;
			this.request = request;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws PayloadTooLargeException {
			this.count += n;
			if (this.count > this.limit) {
				this.request.setAttribute(EXCEEDED, true);
				throw new PayloadTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
