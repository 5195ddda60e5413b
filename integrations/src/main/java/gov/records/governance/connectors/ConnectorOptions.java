package gov.records.governance.connectors;

import java.time.Duration;

/**
 * How patient a connector is: connect and request time-outs, how many attempts a
 * retryable call gets (throttling, 5xx, dropped connections, time-outs), the bounds of
 * the exponential back-off, the page size asked for, and the largest response accepted.
 */
public record ConnectorOptions(Duration connectTimeout, Duration requestTimeout, int maxAttempts,
		Duration initialBackoff, Duration maxBackoff, int pageSize, int maxResponseBytes) {

	public ConnectorOptions {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1");
		}
		if (maxResponseBytes < 1024) {
			throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
		}
	}

	/** 5 s to connect, 30 s per request, 4 attempts, 200 ms to 10 s back-off, 16 MiB. */
	public static ConnectorOptions defaults() {
		return new ConnectorOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), 4, Duration.ofMillis(200),
				Duration.ofSeconds(10), 100, 16 * 1024 * 1024);
	}

	public ConnectorOptions withRequestTimeout(Duration timeout) {
		return new ConnectorOptions(this.connectTimeout, timeout, this.maxAttempts, this.initialBackoff,
				this.maxBackoff, this.pageSize, this.maxResponseBytes);
	}

	public ConnectorOptions withRetries(int attempts, Duration initial, Duration max) {
		return new ConnectorOptions(this.connectTimeout, this.requestTimeout, attempts, initial, max, this.pageSize,
				this.maxResponseBytes);
	}

	public ConnectorOptions withPageSize(int size) {
		return new ConnectorOptions(this.connectTimeout, this.requestTimeout, this.maxAttempts, this.initialBackoff,
				this.maxBackoff, size, this.maxResponseBytes);
	}

	public ConnectorOptions withMaxResponseBytes(int bytes) {
		return new ConnectorOptions(this.connectTimeout, this.requestTimeout, this.maxAttempts, this.initialBackoff,
				this.maxBackoff, this.pageSize, bytes);
	}

}
