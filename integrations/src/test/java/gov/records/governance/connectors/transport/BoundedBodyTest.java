package gov.records.governance.connectors.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The collected body: whole when within the limit, refused as soon as it is not. */
class BoundedBodyTest {

	@Test
	void collectsEveryBufferInOrder() throws Exception {
		HttpResponse.BodySubscriber<byte[]> body = BoundedBody.handler(1024).apply(info(null));
		AtomicBoolean cancelled = subscribe(body);

		body.onNext(List.of(bytes("{\"a\":"), bytes("1")));
		body.onNext(List.of(bytes("}")));
		body.onComplete();

		assertThat(new String(body.getBody().toCompletableFuture().get(), StandardCharsets.UTF_8))
			.isEqualTo("{\"a\":1}");
		assertThat(cancelled).isFalse();
	}

	@Test
	void refusesABodyThatGrowsBeyondTheLimitAndStopsReading() {
		HttpResponse.BodySubscriber<byte[]> body = BoundedBody.handler(8).apply(info(null));
		AtomicBoolean cancelled = subscribe(body);

		body.onNext(List.of(bytes("12345")));
		body.onNext(List.of(bytes("67890")));

		assertThat(cancelled).isTrue();
		assertThatThrownBy(() -> body.getBody().toCompletableFuture().get()).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(ResponseFormatException.class)
			.hasMessageContaining("larger than the 8 bytes accepted");
	}

	@Test
	void refusesADeclaredLengthBeyondTheLimitBeforeReading() {
		HttpResponse.BodySubscriber<byte[]> body = BoundedBody.handler(8).apply(info("4096"));
		AtomicBoolean cancelled = subscribe(body);

		assertThat(cancelled).isTrue();
		assertThatThrownBy(() -> body.getBody().toCompletableFuture().get()).cause()
			.isInstanceOf(ResponseFormatException.class)
			.hasMessageContaining("4096 bytes is larger than the 8 bytes accepted");
	}

	@Test
	void findsTheRefusalInWhatTheClientThrows() {
		ResponseFormatException refused = new ResponseFormatException("too big");
		assertThat(BoundedBody.refusal(new IOException("wrapped", refused))).isSameAs(refused);
		assertThat(BoundedBody.refusal(new IOException("connection reset"))).isNull();
	}

	private static AtomicBoolean subscribe(HttpResponse.BodySubscriber<byte[]> body) {
		AtomicBoolean cancelled = new AtomicBoolean();
		body.onSubscribe(new Flow.Subscription() {

			@Override
			public void request(long n) {
			}

			@Override
			public void cancel() {
				cancelled.set(true);
			}

		});
		return cancelled;
	}

	private static ByteBuffer bytes(String text) {
		return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse.ResponseInfo info(String contentLength) {
		HttpHeaders headers = HttpHeaders
			.of((contentLength == null) ? Map.of() : Map.of("content-length", List.of(contentLength)), (a, b) -> true);
		return new HttpResponse.ResponseInfo() {

			@Override
			public int statusCode() {
				return 200;
			}

			@Override
			public HttpHeaders headers() {
				return headers;
			}

			@Override
			public HttpClient.Version version() {
				return HttpClient.Version.HTTP_1_1;
			}

		};
	}

}
