package gov.records.governance.sync;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * ShedLock's database lock with a lease ({@link LockLease}): ShedLock's keep-alive renews
 * a held lock every half lease from one daemon thread of its own (not a bean, so the
 * application's scheduler stays Spring Boot's), and stops renewing when the console stops
 * or dies.
 */
final class LeasedLockProvider implements LockProvider, AutoCloseable {

	private final ScheduledExecutorService renewal = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("lock-lease").factory());

	private final KeepAliveLockProvider leased;

	LeasedLockProvider(JdbcTemplateLockProvider.Configuration configuration) {
		this.leased = new KeepAliveLockProvider(new JdbcTemplateLockProvider(configuration), this.renewal);
	}

	@Override
	public Optional<SimpleLock> lock(LockConfiguration configuration) {
		return this.leased.lock(configuration);
	}

	@Override
	public void close() {
		this.renewal.shutdownNow();
	}

}
