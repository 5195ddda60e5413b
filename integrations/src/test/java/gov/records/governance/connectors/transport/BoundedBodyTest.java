package gov.records.governance.connectors.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The body read whole: all of it when within the limit, refused as soon as it is not, and
 * cut off when it is still arriving after the deadline.
 */
class BoundedBodyTest {

	private static final long NO_DEADLINE = System.nanoTime() + 3_600_000_000_000L;

	@Test
	void readsADeclaredBodyWhole() throws IOException {
		byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

		assertThat(BoundedBody.read(trickle(json, 2), json.length, 1024, NO_DEADLINE)).isEqualTo(json);
	}

	@Test
	void readsAnUndeclaredBodyOfAnySizeWithinTheLimit() throws IOException {
		byte[] big = new byte[100_000];
		Arrays.fill(big, (byte) 'x');

		assertThat(BoundedBody.read(trickle(big, 7_000), -1, 100_000, NO_DEADLINE)).isEqualTo(big);
		assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), -1, 1024, NO_DEADLINE)).isEmpty();
	}

	@Test
	void refusesADeclaredLengthBeyondTheLimitBeforeReading() {
		AtomicInteger reads = new AtomicInteger();
		InputStream counted = new FilterInputStream(new ByteArrayInputStream(new byte[4096])) {

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				reads.incrementAndGet();
				return super.read(b, off, len);
			}

		};

		assertThatThrownBy(() -> BoundedBody.read(counted, 4096, 8, NO_DEADLINE))
			.isInstanceOf(ResponseFormatException.class)
			.hasMessageContaining("4096 bytes is larger than the 8 bytes accepted");
		assertThat(reads).hasValue(0);
	}

	@Test
	void refusesAnUndeclaredBodyThatGrowsBeyondTheLimitWithoutReadingTheRest() {
		AtomicInteger served = new AtomicInteger();
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				served.incrementAndGet();
				return 'x';
			}

			@Override
			public int read(byte[] b, int off, int len) {
				Arrays.fill(b, off, off + len, (byte) 'x');
				served.addAndGet(len);
				return len;
			}

		};

		assertThatThrownBy(() -> BoundedBody.read(endless, -1, 50_000, NO_DEADLINE))
			.isInstanceOf(ResponseFormatException.class)
			.hasMessageContaining("larger than the 50000 bytes accepted");
		assertThat(served.get()).isLessThanOrEqualTo(50_001);
	}

	@Test
	void aBodyThatEndsShortOfItsDeclaredLengthIsAConnectionFailure() {
		assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(new byte[10]), 20, 1024, NO_DEADLINE))
			.isInstanceOf(IOException.class)
			.isNotInstanceOf(SocketTimeoutException.class)
			.hasMessageContaining("after 10 of its 20 bytes");
	}

	@Test
	void aBodyStillArrivingAfterTheDeadlineTimesOut() {
		long passed = System.nanoTime() - 1;

		assertThatThrownBy(() -> BoundedBody.read(trickle(new byte[100], 10), 100, 1024, passed))
			.isInstanceOf(SocketTimeoutException.class);
	}

	@Test
	void aBodyThatArrivedInOneReadBeforeTheDeadlineIsKeptEvenIfItRanOutMeanwhile() throws IOException {
		byte[] json = "{}".getBytes(StandardCharsets.UTF_8);

		assertThat(BoundedBody.read(new ByteArrayInputStream(json), 2, 1024, System.nanoTime() - 1)).isEqualTo(json);
	}

	/** A stream that hands out at most {@code step} bytes per read, as a socket may. */
	private static InputStream trickle(byte[] bytes, int step) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return super.read(b, off, Math.min(len, step));
			}

		};
	}

}
