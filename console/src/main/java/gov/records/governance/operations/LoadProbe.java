package gov.records.governance.operations;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only in the {@code load} profile, which {@code ./govern load} starts the console with:
 * the heap occupied after a full collection and how many HTTP sessions are open, so that
 * the load test divides the heap its sign-ins added by the sessions they opened (DD057).
 * Signed-in API users only, like the rest of {@code /api}; never in a served console.
 */
@RestController
@Profile("load")
class LoadProbe implements HttpSessionListener {

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicLong created = new AtomicLong();

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		this.open.incrementAndGet();
		this.created.incrementAndGet();
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		this.open.decrementAndGet();
	}

	/** Collects garbage until the heap stops shrinking, then reports what is left. */
	@GetMapping("/api/load-probe/heap")
	Map<String, Object> heap() throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(200);
			long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			if (now >= used - 256 * 1024) {
				used = Math.min(used, now);
				break;
			}
			used = now;
		}
		return Map.of("heapUsedBytes", used, "openSessions", this.open.get(), "sessionsCreated", this.created.get());
	}

}
