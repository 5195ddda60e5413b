package gov.records.governance.connectors.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * Reads a response body whole into one array, refusing it (with a
 * {@link ResponseFormatException}) when its declared length is beyond {@code limit}
 * bytes, before reading anything, or as soon as what arrives grows beyond it. A body that
 * is still arriving when the call's deadline has passed fails as a time-out: each read
 * waits at most the client's socket time-out, so a backend that drips its answer cannot
 * hold a connector for longer than about the request time-out.
 */
final class BoundedBody {

	private static final int FIRST_BUFFER = 16 * 1024;

	private BoundedBody() {
	}

	/**
	 * @param declared the {@code Content-Length}, or a negative number when none was
	 * given
	 * @param deadline a {@link System#nanoTime()} after which the body is refused as too
	 * slow
	 */
	static byte[] read(InputStream in, long declared, long limit, long deadline) throws IOException {
		if (declared > limit) {
			throw new ResponseFormatException(
					"response of " + declared + " bytes is larger than the " + limit + " bytes accepted");
		}
		byte[] body = new byte[(int) ((declared >= 0) ? declared : Math.min(FIRST_BUFFER, limit + 1))];
		int size = 0;
		while (declared < 0 || size < declared) {
			if (size == body.length) {
				if (size > limit) {
					throw new ResponseFormatException("response of more than " + limit + " bytes is larger than the "
							+ limit + " bytes accepted");
				}
				body = Arrays.copyOf(body, (int) Math.min(limit + 1, (long) size * 2));
			}
			if (size > 0 && System.nanoTime() - deadline > 0) {
				throw new SocketTimeoutException("the answer was still arriving when the request time-out ran out");
			}
			int n = in.read(body, size, body.length - size);
			if (n < 0) {
				if (declared >= 0) {
					throw new IOException("response ended after " + size + " of its " + declared + " bytes");
				}
				break;
			}
			size += n;
		}
		return (size == body.length) ? body : Arrays.copyOf(body, size);
	}

}
