package gov.records.governance.connectors.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body into one array on the client's own thread, refusing it (with a
 * {@link ResponseFormatException}) as soon as it is announced or grows beyond
 * {@code limit} bytes. Collected rather than streamed to the caller: a Wickr page is
 * about 60 KB, and handing it over once instead of buffer by buffer saves the reader a
 * wake-up per buffer on every page of a sync (DD013).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final long limit;

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private final List<ByteBuffer> received = new ArrayList<>();

	private long size;

	private Flow.@Nullable Subscription subscription;

	private BoundedBody(long limit) {
		this.limit = limit;
	}

	/**
	 * A handler that refuses a declared {@code Content-Length} beyond the limit before
	 * reading anything, and an undeclared one once it is exceeded.
	 */
	static HttpResponse.BodyHandler<byte[]> handler(long limit) {
		return (info) -> {
			BoundedBody subscriber = new BoundedBody(limit);
			OptionalLong length = info.headers().firstValueAsLong("content-length");
			if (length.isPresent() && length.getAsLong() > limit) {
				subscriber.refuse(length.getAsLong() + " bytes");
			}
			return subscriber;
		};
	}

	/** The refusal somewhere in the causes of what the client threw, if it was one. */
	static @Nullable ResponseFormatException refusal(IOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseFormatException refused) {
				return refused;
			}
		}
		return null;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (this.body.isDone()) {
			subscription.cancel();
		}
		else {
			subscription.request(Long.MAX_VALUE);
		}
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.body.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			this.size += buffer.remaining();
			this.received.add(buffer);
		}
		if (this.size > this.limit) {
			this.received.clear();
			refuse("more than " + this.limit + " bytes");
			Flow.Subscription current = this.subscription;
			if (current != null) {
				current.cancel();
			}
		}
	}

	@Override
	public void onError(Throwable error) {
		this.received.clear();
		this.body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		if (this.body.isDone()) {
			return;
		}
		byte[] all = new byte[(int) this.size];
		int at = 0;
		for (ByteBuffer buffer : this.received) {
			int n = buffer.remaining();
			buffer.get(all, at, n);
			at += n;
		}
		this.received.clear();
		this.body.complete(all);
	}

	private void refuse(String what) {
		this.body.completeExceptionally(new ResponseFormatException(
				"response of " + what + " is larger than the " + this.limit + " bytes accepted"));
	}

}
