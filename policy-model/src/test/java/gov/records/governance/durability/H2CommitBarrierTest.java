package gov.records.governance.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.util.Map;

/**
 * The barrier that stores each H2 commit (DD056): CHECKPOINT on the connection, a failure
 * reported (the commit must not be confirmed), installed for H2 file databases only.
 */
class H2CommitBarrierTest {

	@Test
	void theBarrierRunsCheckpointAndClosesItsStatement() throws Exception {
		Connection connection = mock(Connection.class);
		Statement statement = mock(Statement.class);
		when(connection.createStatement()).thenReturn(statement);
		H2CommitBarrier.awaitStored(connection);
		InOrder order = inOrder(statement);
		order.verify(statement, org.mockito.Mockito.times(2)).execute(H2CommitBarrier.CHECKPOINT);
		order.verify(statement).close();
	}

	@Test
	void aRefusedCheckpointIsReported() throws Exception {
		Connection connection = mock(Connection.class);
		Statement statement = mock(Statement.class);
		when(connection.createStatement()).thenReturn(statement);
		doThrow(new SQLException("Admin rights are required for this operation")).when(statement)
			.execute(any(String.class));
		assertThatThrownBy(() -> H2CommitBarrier.awaitStored(connection)).isInstanceOf(SQLException.class)
			.hasMessageContaining("Admin rights");
	}

	@Test
	void onARealFileDatabaseCheckpointFollowsACommitAndKeepsItsRows(@TempDir Path folder) throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + folder.resolve("barrier") + ";WRITE_DELAY=0");
		h2.setUser("sa");
		try (Connection connection = h2.getConnection()) {
			connection.setAutoCommit(false);
			connection.createStatement().execute("create table t (id int primary key)");
			connection.createStatement().execute("insert into t values (1)");
			connection.commit();
			H2CommitBarrier.awaitStored(connection);
			connection.createStatement().execute("insert into t values (2)");
			connection.commit();
		}
		try (Connection other = h2.getConnection();
				ResultSet rs = other.createStatement().executeQuery("select count(*) from t")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(2);
		}
	}

	/**
	 * A read-only transaction skips the barrier only when H2 says its session holds no
	 * uncommitted change (DD076): a read leaves none, a write through JDBC inside a
	 * transaction marked read-only does, and then the barrier runs as for any commit.
	 */
	@Test
	void onlyASessionWithoutUncommittedChangesSkipsTheBarrier(@TempDir Path folder) throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + folder.resolve("reads") + ";WRITE_DELAY=0");
		h2.setUser("sa");
		try (Connection connection = h2.getConnection()) {
			connection.createStatement().execute("create table t (id int primary key)");
			connection.setAutoCommit(false);
			org.springframework.jdbc.datasource.SingleConnectionDataSource same = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
					connection, true);
			connection.createStatement().executeQuery("select count(*) from t").close();
			assertThat(DurableTransactions.StoringJpaTransactionManager.wroteNothing(same)).isTrue();
			connection.createStatement().execute("insert into t values (1)");
			assertThat(DurableTransactions.StoringJpaTransactionManager.wroteNothing(same)).isFalse();
			connection.commit();
			assertThat(DurableTransactions.StoringJpaTransactionManager.wroteNothing(same)).isTrue();
		}
	}

	@Test
	void onlyFileDatabasesGetTheStoringTransactionManager() {
		EntityManagerFactory factory = mock(EntityManagerFactory.class);
		@SuppressWarnings("unchecked")
		ObjectProvider<TransactionManagerCustomizers> none = mock(ObjectProvider.class);
		assertThat(new DurableTransactions().transactionManager(factory,
				url("jdbc:h2:file:/var/lib/c/console;WRITE_DELAY=0"), none))
			.isInstanceOf(DurableTransactions.StoringJpaTransactionManager.class);
		JpaTransactionManager memory = new DurableTransactions().transactionManager(factory,
				url("jdbc:h2:mem:console-test;DB_CLOSE_DELAY=-1"), none);
		assertThat(memory).isNotInstanceOf(DurableTransactions.StoringJpaTransactionManager.class);
		assertThat(DurabilityBarrier.isH2File("jdbc:postgresql://127.0.0.1:5432/test")).isFalse();
		assertThat(DurabilityBarrier.isH2File(null)).isFalse();
	}

	private static StandardEnvironment url(String url) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
		return environment;
	}

}
