package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.Users;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit log on H2, where a modified event in the database is caught by verification.
 */
@SpringBootTest
class AuditLogH2Test extends AuditLogContract {

	/**
	 * The documented procedure (docs/tools/verify_audit_chain.py) agrees with the
	 * console.
	 */
	@Test
	void theDocumentedPythonProcedureVerifiesAnExportAndCatchesATamperedOne(@TempDir Path dir) throws Exception {
		Path script = Path.of("..", "docs", "tools", "verify_audit_chain.py").toAbsolutePath().normalize();
		Assumptions.assumeTrue(Files.isRegularFile(script) && python() != null, "python3 is not installed");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Users.as("inspector", () -> {
			this.log.exportJsonLines(out);
			return null;
		}, "INSPECTOR");
		Path export = dir.resolve("audit.jsonl");
		Files.write(export, out.toByteArray());
		assertThat(run(script, export)).startsWith("OK: 300 events");
		String tampered = Files.readString(export).replace("Reason 150", "Reason 151");
		Files.writeString(dir.resolve("tampered.jsonl"), tampered);
		assertThat(run(script, dir.resolve("tampered.jsonl"))).startsWith("BROKEN at event #151");
	}

	private static String python() {
		for (String candidate : new String[] { "/usr/bin/python3", "/usr/local/bin/python3" }) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	private static String run(Path script, Path file) throws Exception {
		Process process = new ProcessBuilder(python(), script.toString(), file.toString()).redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		process.waitFor();
		return output.strip();
	}

	@Test
	void theTreeRefusesANewestTileWithAnEventDeletedFromTheDatabase() {
		// events 257 to 300 are the newest tile's leaves, read from the events themselves
		this.jdbc.update("delete from audit_event where seq = 290");
		assertThatThrownBy(() -> this.tree.root()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no event #290");
	}

	@Test
	void verificationFindsAnEventModifiedInTheDatabase() {
		this.jdbc.update("update audit_event set reason = 'rewritten' where seq = 77");
		ChainVerification result = Users.as("inspector", () -> this.log.verify(), "INSPECTOR");
		assertThat(result.ok()).isFalse();
		assertThat(result.brokenAt()).isEqualTo(77);
		assertThat(result.problem()).contains("modified");
	}

}
