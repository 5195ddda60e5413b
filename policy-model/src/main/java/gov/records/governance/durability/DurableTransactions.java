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

		/**
		 * H2's own record of whether the session holds changes not yet committed; read
		 * before a read-only transaction commits (its persistence context never flushes,
		 * so anything it wrote went through JDBC and shows here).
		 */
		static final String WROTE = "select contains_uncommitted from information_schema.sessions"
				+ " where session_id = session_id()";

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			DataSource dataSource = getDataSource();
			// a read-only transaction that wrote nothing confirms nothing: no barrier.
			// Under load every read waited in CHECKPOINT for the store in progress,
			// holding its connection, and the ten connections were all there (DD076)
			boolean wroteNothing = dataSource != null && status.isReadOnly() && wroteNothing(dataSource);
			super.doCommit(status);
			if (dataSource == null || wroteNothing) {
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

		static boolean wroteNothing(DataSource dataSource) {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try (java.sql.Statement statement = connection.createStatement();
					java.sql.ResultSet result = statement.executeQuery(WROTE)) {
				return result.next() && !result.getBoolean(1);
			}
			catch (SQLException ex) {
				// not known: store as for any commit
				return false;
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}

	}

}
