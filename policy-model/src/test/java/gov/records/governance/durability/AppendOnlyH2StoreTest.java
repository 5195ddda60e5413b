package gov.records.governance.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database appends only, and a mostly dead file is compacted before use
 * (DD070).
 */
class AppendOnlyH2StoreTest {

	private final AppendOnlyH2Store store = new AppendOnlyH2Store();

	@Test
	void aFileDatabasesPoolIsToldNotToReuseFreedSpace(@TempDir Path dir) {
		try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0")) {
			this.store.postProcessBeforeInitialization(pool, "dataSource");
			assertThat(pool.getJdbcUrl()).endsWith(";WRITE_DELAY=0;REUSE_SPACE=FALSE");
		}
	}

	@Test
	void aUrlThatAsksForReuseIsRefused(@TempDir Path dir) {
		try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("db") + ";REUSE_SPACE=TRUE")) {
			assertThatThrownBy(() -> this.store.postProcessBeforeInitialization(pool, "dataSource"))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("set REUSE_SPACE=FALSE");
		}
	}

	@Test
	void anInMemoryDatabaseIsLeftAlone() {
		try (HikariDataSource pool = pool("jdbc:h2:mem:append-only-test")) {
			this.store.postProcessBeforeInitialization(pool, "dataSource");
			assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:mem:append-only-test");
		}
	}

	@Test
	void aLargeFileOfMostlyDeadChunksIsCompactedAndKeepsItsRows(@TempDir Path dir) throws Exception {
		Path database = dir.resolve("db");
		String url = "jdbc:h2:file:" + database + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table t (id int primary key, v varchar(4000))");
				statement.execute("insert into t select x, 'x' from system_range(1, 20)");
			}
			// each commit appends a chunk: about 1,500 of them make a file of 20 MB or
			// more
			try (PreparedStatement update = connection.prepareStatement("update t set v = ? where id = ?")) {
				for (int i = 0; i < 400; i++) {
					update.setString(1, String.format("%04d", i).repeat(750));
					update.setInt(2, 1 + (i % 20));
					update.executeUpdate();
				}
			}
		}
		long before = Files.size(Path.of(database + ".mv.db"));
		assertThat(before).isGreaterThan(AppendOnlyH2Store.COMPACT_FROM_BYTES);

		assertThat(AppendOnlyH2Store.compactIfMostlyDead(url, "sa", "", database)).isTrue();

		assertThat(Files.size(Path.of(database + ".mv.db"))).isLessThan(before / 10);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(database + ".mv.db"))))
			.isEqualTo("rw-------");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("select count(*), max(v) from t")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(20);
			assertThat(rs.getString(2)).startsWith("0399");
		}
		assertThat(AppendOnlyH2Store.compactIfMostlyDead(url, "sa", "", database)).isFalse();
	}

	@Test
	void aMissingFileIsNotCreated(@TempDir Path dir) {
		Path database = dir.resolve("none");
		assertThat(AppendOnlyH2Store.compactIfMostlyDead("jdbc:h2:file:" + database, "sa", "", database)).isFalse();
		assertThat(dir).isEmptyDirectory();
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("sa");
		pool.setPassword("");
		return pool;
	}

}
