package gov.records.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GOVERNANCE_LOG_FORMAT=json} (DD055): the packaged console, started up to the end
 * of its refresh, writes every line on stdout as one ECS JSON object, from the first line
 * on, and none of them carries a credential it was given or made (the metrics token, the
 * database password, the checkpoint key it generated).
 */
class JsonLogsIT {

	private static final String TOKEN = "metrics-token-in-the-json-logs-test-41c9";

	private static final String DB_PASSWORD = "db-password-in-the-json-logs-test-8e2d";

	@Test
	void everyLineIsAnEcsJsonObjectWithoutACredential() throws Exception {
		Path jar = Path.of(System.getProperty("governance.console.jar", "target/governance-console.jar"));
		Path data = Files.createTempDirectory("json-logs");
		Path out = data.resolve("console.log");
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Dspring.context.exit=onRefresh", "-jar", jar.toString(),
				"--server.port=0", "--governance.data-dir=" + data,
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE",
				"--spring.datasource.password=" + DB_PASSWORD, "--governance.simulator.capture-bot=false")
			.redirectErrorStream(true)
			.redirectOutput(out.toFile());
		builder.environment().put("GOVERNANCE_LOG_FORMAT", "json");
		builder.environment().put("GOVERNANCE_METRICS_TOKEN", TOKEN);
		Process process = builder.start();
		assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("the console stopped after its refresh").isTrue();
		List<String> lines = Files.readAllLines(out);
		String all = String.join("\n", lines);
		assertThat(process.exitValue()).as(all).isZero();

		JsonMapper json = JsonMapper.builder().build();
		List<String> notJson = new ArrayList<>();
		int logLines = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			try {
				JsonNode event = json.readTree(line);
				assertThat(event.has("@timestamp")).as(line).isTrue();
				assertThat(event.path("log").path("level").asString()).as(line).isNotEmpty();
				assertThat(event.has("message")).as(line).isTrue();
				logLines++;
			}
			catch (tools.jackson.core.JacksonException ex) {
				notJson.add(line);
			}
		}
		assertThat(notJson).as("lines that are not JSON").isEmpty();
		assertThat(logLines).as("the console logged its start-up").isGreaterThan(5);
		assertThat(all).contains("governance-console");
		assertThat(all).doesNotContain(TOKEN).doesNotContain(DB_PASSWORD).doesNotContain("PRIVATE+KEY");
		Path keyFile = data.resolve("log-signer.key");
		if (Files.exists(keyFile)) {
			String key = Files.readString(keyFile).strip();
			assertThat(all).doesNotContain(key.substring(key.lastIndexOf('+') + 1));
		}
	}

}
