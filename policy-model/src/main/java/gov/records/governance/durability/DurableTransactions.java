package gov.records.governance.durability;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The console's transaction manager: Spring Boot's JPA transaction manager, which on an
 * H2 file database follows every commit with H2's {@code CHECKPOINT} on the transaction's
 * own connection before the commit returns (DD056). H2's MVStore may skip a commit's own
 * store when another thread's store ran meanwhile, although that store may have read some
 * tables before this commit's changes (h2database issue 2080): the commit is visible and
 * acknowledged but only in memory until the next store. {@code CHECKPOINT} waits for a
 * store in progress and stores what is still unsaved. Every service and
 * {@code TransactionTemplate} of the console commits through this manager.
 */
@Configuration(proxyBeanMethods = false)
class DurableTransactions {

	@Bean
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, Environment environment,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		boolean h2File = DurabilityBarrier.isH2File(environment.getProperty("spring.datasource.url"));
		JpaTransactionManager manager = h2File ? new StoringJpaTransactionManager(entityManagerFactory)
				: new JpaTransactionManager(entityManagerFactory);
		customizers.ifAvailable((all) -> all.customize(manager));
		return manager;
	}

	/** The JPA transaction manager that stores each H2 commit before it returns. */
	static final class StoringJpaTransactionManager extends JpaTransactionManager {

		StoringJpaTransactionManager(EntityManagerFactory entityManagerFactory) {
			super(entityManagerFactory);
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			super.doCommit(status);
			DataSource dataSource = getDataSource();
			if (dataSource == null) {
				return;
			}
			// the transaction's connection is still bound until the clean-up after
			// completion
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				H2CommitBarrier.awaitStored(connection);
			}
			catch (SQLException ex) {
				// committed, perhaps not yet written: not confirmed to the caller
				throw new TransactionSystemException("H2 did not store the commit: " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}

	}

}
