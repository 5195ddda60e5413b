package gov.records.governance.sync;

import gov.records.governance.connectors.ConnectorOptions;
import gov.records.governance.connectors.Connectors;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared pieces of talking to backends: one HTTP client for every connector, and
 * ShedLock's database lock (table {@code shedlock}, the database's clock) so that only
 * one console instance syncs a platform or runs the outbox at a time. A lock is leased
 * for {@link LockLease#LEASE} and renewed while its holder runs, so one left behind by a
 * killed instance is free again a lease later (DD054).
 */
@Configuration(proxyBeanMethods = false)
class SyncConfig {

	/** Connector options are the defaults unless the application defines its own. */
	@Bean(destroyMethod = "close")
	Connectors connectors(ObjectProvider<ConnectorOptions> options) {
		return new Connectors(options.getIfAvailable(ConnectorOptions::defaults));
	}

	@Bean(destroyMethod = "close")
	LeasedLockProvider lockProvider(JdbcTemplate jdbc) {
		return new LeasedLockProvider(
				JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(jdbc).usingDbTime().build());
	}

	@Bean
	LockingTaskExecutor lockingTaskExecutor(LockProvider locks) {
		return new DefaultLockingTaskExecutor(locks);
	}

}
