package gov.records.governance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production topology of {@code docker/compose.yaml} (DD031), checked without a
 * container engine: {@code docker-compose config} must accept the file with the settings
 * of {@code .env.example} and leave no variable unset, and what it resolves to must be
 * the topology the design names, with every setting the {@code prod} profile requires
 * handed to each console replica.
 */
class DockerComposeConfigTest {

	private static final Path DOCKER = Path.of("..", "docker").toAbsolutePath().normalize();

	/** A {@code ${NAME}} placeholder without a default value, or with an empty one. */
	private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):?}");

	private static Map<String, Object> resolved;

	private static String warnings;

	@BeforeAll
	static void resolve() throws Exception {
		Path out = Files.createTempFile("compose", ".yaml");
		Path err = Files.createTempFile("compose", ".err");
		Process process = new ProcessBuilder("docker-compose", "--env-file", DOCKER.resolve(".env.example").toString(),
				"-f", DOCKER.resolve("compose.yaml").toString(), "config")
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();
		warnings = Files.readString(err);
		assertThat(process.exitValue()).as("docker-compose config: %s", warnings).isZero();
		resolved = new Yaml().load(Files.readString(out));
		Files.delete(out);
		Files.delete(err);
	}

	@Test
	void everyVariableIsSetByTheExampleEnvironment() {
		assertThat(warnings).doesNotContain("is not set");
	}

	@Test
	void theTopologyIsPostgresKeycloakTwoConsolesAndAProxy() {
		assertThat(services().keySet()).containsExactlyInAnyOrder("postgres", "keycloak", "console-1", "console-2",
				"proxy");
		assertThat(String.valueOf(service("keycloak").get("image"))).endsWith(":26.7.3");
		assertThat(service("proxy").get("ports").toString()).contains("8443");
	}

	@Test
	void eachReplicaRunsTheProductionProfilesOnPostgres() {
		for (String replica : List.of("console-1", "console-2")) {
			Map<String, Object> env = environment(replica);
			assertThat(String.valueOf(env.get("SPRING_PROFILES_ACTIVE")).split(",")).contains("postgres", "prod",
					"keycloak");
			assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://postgres:");
		}
	}

	@Test
	void eachReplicaIsGivenEverySettingTheProdProfileRequires() throws IOException {
		Set<String> required = new TreeSet<>();
		Path resources = Path.of("src", "main", "resources");
		for (String file : List.of("application-prod.properties", "application-keycloak.properties")) {
			Path properties = resources.resolve(file);
			if (Files.exists(properties)) {
				Matcher matcher = REQUIRED.matcher(Files.readString(properties));
				while (matcher.find()) {
					required.add(matcher.group(1));
				}
			}
		}
		assertThat(required).as("settings the prod profile takes from the environment").isNotEmpty();
		for (String replica : List.of("console-1", "console-2")) {
			assertThat(environment(replica).keySet()).as(replica).containsAll(required);
		}
	}

	@Test
	void noSecretIsWrittenIntoTheComposeFile() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String line : Files.readAllLines(DOCKER.resolve("compose.yaml"), StandardCharsets.UTF_8)) {
			String trimmed = line.strip();
			if (trimmed.matches("(?i)[A-Z_]*(PASSWORD|SECRET|SIGNER_KEY)[A-Z_]*:\\s*\\S.*")
					&& !trimmed.matches("[A-Z_]+:\\s*\\$\\{[A-Z0-9_]+}")) {
				problems.add(trimmed);
			}
		}
		assertThat(problems).as("secret settings not taken from the environment").isEmpty();
		for (String line : Files.readAllLines(DOCKER.resolve(".env.example"), StandardCharsets.UTF_8)) {
			if (line.matches("[A-Z_]*(PASSWORD|SECRET|SIGNER_KEY)=.*")) {
				assertThat(line).as("example secrets are placeholders").endsWith("=change-me");
			}
		}
	}

	@Test
	void theImageRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
		String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
		assertThat(dockerfile).containsPattern("(?m)^USER governance$").containsPattern("(?m)^HEALTHCHECK ");
		// liveness for the container, readiness for the proxy (DD055)
		assertThat(dockerfile).contains("/actuator/health/liveness");
		assertThat(dockerfile.lastIndexOf("USER governance")).as("no step after USER runs as root")
			.isGreaterThan(dockerfile.lastIndexOf("apt-get"));
	}

	@Test
	void theProxyKeepsEachBrowserOnOneReplica() throws IOException {
		String haproxy = Files.readString(DOCKER.resolve("proxy").resolve("haproxy.cfg"));
		assertThat(haproxy).containsPattern("cookie \\S+ insert")
			.contains("server console-1 console-1:8080 check cookie")
			.contains("server console-2 console-2:8080 check cookie")
			.contains("option httpchk GET /actuator/health/readiness");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> services() {
		return (Map<String, Object>) resolved.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) {
		return (Map<String, Object>) services().get(name);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(String name) {
		return (Map<String, Object>) service(name).get("environment");
	}

}
