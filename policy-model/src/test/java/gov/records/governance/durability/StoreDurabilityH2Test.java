package gov.records.governance.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An H2 file database as the console opens it (issue 12, build 1): no write delay, an
 * owner-only folder and owner-only files; a URL that sets a delay is refused.
 */
@SpringBootTest
class StoreDurabilityH2Test {

	static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"),
			"durability-h2-" + ProcessHandle.current().pid(), "data");

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("console"));
		registry.add("spring.datasource.username", () -> "sa");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDatabaseWritesEveryCommitBeforeConfirmingIt() {
		assertThat(this.jdbc.queryForObject(
				"select max(setting_value) from information_schema.settings where setting_name = 'WRITE_DELAY'",
				String.class))
			.isEqualTo("0");
	}

	@Test
	void theFolderAndTheFilesAreTheOwnersOnly() throws IOException {
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FOLDER))).isEqualTo("rwx------");
		Path file = FOLDER.resolve("console.mv.db");
		assertThat(file).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aUrlThatSetsAWriteDelayIsRefused(@TempDir Path dir) {
		String url = "jdbc:h2:file:" + dir.resolve("delayed") + ";WRITE_DELAY=500";
		DriverManagerDataSource delayed = new DriverManagerDataSource(url, "sa", "");
		assertThatThrownBy(
				() -> new StoreDurabilityCheck(delayed, new DurabilityProperties(false), url).afterPropertiesSet())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("WRITE_DELAY=500")
			.hasMessageContaining("set WRITE_DELAY=0");
	}

	@Test
	void aUrlWithoutTheSettingGetsADatabaseThatWritesAtOnce(@TempDir Path dir) throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("plain");
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			SingleConnectionDataSource plain = new SingleConnectionDataSource(connection, true);
			JdbcTemplate jdbc = new JdbcTemplate(plain);
			String delay = "select max(setting_value) from information_schema.settings where setting_name = 'WRITE_DELAY'";
			assertThat(jdbc.queryForObject(delay, String.class)).isEqualTo("500");
			new StoreDurabilityCheck(plain, new DurabilityProperties(false), url).afterPropertiesSet();
			assertThat(jdbc.queryForObject(delay, String.class)).isEqualTo("0");
		}
	}

}
