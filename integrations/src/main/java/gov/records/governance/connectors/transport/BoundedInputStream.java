package gov.records.governance.connectors.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails with {@link ResponseFormatException} once more than {@code limit} bytes are read.
 */
final class BoundedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	BoundedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) {
		this.count += n;
		if (this.count > this.limit) {
			throw new ResponseFormatException("response larger than " + this.limit + " bytes");
		}
	}

}
