package gov.records.governance.connectors.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client every connector of an application shares: Apache HttpClient 5's
 * blocking ("classic") client over a pool of keep-alive connections. A request is written
 * and its answer read on the caller's own thread, with no selector thread in between
 * (DD015: a Wickr network's 250 pages cost 150 to 160 ms of CPU this way, client and
 * simulator together, against 270 to 310 ms with {@code java.net.http}).
 * <p>
 * Everything that would act behind the connectors' back is off: the client's own retries
 * (the transport retries, with back-off, only what is safe), redirects, cookies, cached
 * authentication and transparent decompression. A pooled connection idle for more than
 * {@value #VALIDATE_AFTER_IDLE_SECONDS} s is checked before it is reused, so a backend
 * that closed it does not fail the next call. Thread-safe; close it on shutdown.
 */
public final class SharedHttpClient implements AutoCloseable {

	static final int VALIDATE_AFTER_IDLE_SECONDS = 2;

	private static final int PER_ROUTE = 10;

	private static final int TOTAL = 50;

	private final PoolingHttpClientConnectionManager pool;

	private final CloseableHttpClient client;

	/**
	 * @param connectTimeout how long to wait for a connection (and for a free pooled one)
	 */
	public SharedHttpClient(Duration connectTimeout) {
		Timeout connect = timeout(connectTimeout);
		this.pool = PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnPerRoute(PER_ROUTE)
			.setMaxConnTotal(TOTAL)
			.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(connect)
				.setValidateAfterInactivity(TimeValue.of(VALIDATE_AFTER_IDLE_SECONDS, TimeUnit.SECONDS))
				.build())
			.build();
		this.client = HttpClients.custom()
			.setConnectionManager(this.pool)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.setUserAgent("records-governance-console")
			.build();
	}

	/**
	 * A duration as the library's time-out (at least a millisecond: zero would mean
	 * none).
	 */
	static Timeout timeout(Duration duration) {
		return Timeout.ofMilliseconds(Math.max(1, duration.toMillis()));
	}

	CloseableHttpClient client() {
		return this.client;
	}

	@Override
	public void close() {
		try {
			this.client.close();
		}
		catch (IOException ex) {
			// closing drops pooled connections; nothing is left to recover
		}
		this.pool.close(CloseMode.GRACEFUL);
	}

}
