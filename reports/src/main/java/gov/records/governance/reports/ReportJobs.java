package gov.records.governance.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Generates reports in the background, one at a time (a large report uses a core for
 * seconds; two cores are shared with the console), as the user who asked for it, so the
 * scope and the audit trail are theirs. The user may leave: the row in the database and
 * the progress in {@link ReportProgress} say where it is. Reports still queued or running
 * when the application stopped are marked failed at the next start.
 */
@Component
class ReportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	private final ReportGenerator generator;

	private final ReportStore store;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "report-generator");
		thread.setDaemon(true);
		return thread;
	});

	private final ApplicationEventPublisher events;

	ReportJobs(ReportGenerator generator, ReportStore store, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.generator = generator;
		this.store = store;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int interrupted = this.store.failInterrupted(this.clock.instant());
		if (interrupted > 0) {
			log.warn("{} report(s) were interrupted by the last shutdown and are marked failed", interrupted);
		}
	}

	Future<?> submit(long reportId, Authentication requester) {
		return this.executor.submit(() -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(requester);
			SecurityContextHolder.setContext(context);
			long begin = System.nanoTime();
			boolean succeeded = false;
			try {
				this.generator.generate(reportId);
				succeeded = true;
			}
			catch (RuntimeException | Error ex) {
				log.warn("Report {} failed", reportId, ex);
				this.store.failed(reportId, this.clock.instant(), ReportFailure.of(ex));
			}
			finally {
				published(reportId, succeeded, Duration.ofNanos(System.nanoTime() - begin));
				SecurityContextHolder.clearContext();
			}
		});
	}

	private void published(long reportId, boolean succeeded, Duration took) {
		try {
			String type = this.store.find(reportId).map((row) -> row.type().name()).orElse("UNKNOWN");
			this.events.publishEvent(new ReportGenerated(reportId, type, succeeded, took));
		}
		catch (RuntimeException ex) {
			log.warn("Could not publish the generation time of report {}", reportId, ex);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
