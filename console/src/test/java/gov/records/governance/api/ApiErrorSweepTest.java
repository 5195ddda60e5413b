package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, item 9: every endpoint the API documents, called by every role with malformed
 * path ids, query parameters and bodies (wrong JSON, wrong types, values far out of
 * range, CSV and zip that are not), answers without a 500 and without a Java class name,
 * and every refusal is a problem ({@code application/problem+json}). Stored data in a
 * successful answer (a backend's last error) is not an error message and is not checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorSweepTest {

	/** What a leaked Java name looks like: a package, an exception, a parser token. */
	static final Pattern LEAK = Pattern.compile("\\b(?:java|javax|jakarta|org|com|tools|sun|gov)\\.[a-z]\\w*\\."
			+ "|\\b\\w+(?:Exception|Error)\\b|JsonToken|\\bat [\\w.$]+\\(|\\w+<\\w+,");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> USERS = List.of("admin", "inspector");

	private static final List<String> IDS = List.of("abc", "-1", "99999999", "99999999999999999999");

	private static final List<String> PARAMS = List.of("abc", "-1", "2147483647", "99999999999999999999",
			"-1000000000-01-01T00:00:00Z", "", "2026-13-45");

	private static final List<String> BODIES = List.of("", "not json", "[1, 2]", "{", "null", "{}", "\"text\"", "42",
			"{\"unknown\": 1}", "{\"a\": 1e999}");

	private static final List<Object> VALUES = List.of("abc", -1, Long.MIN_VALUE,
			new java.math.BigInteger("99999999999999999999999"), "-1000000000-01-01T00:00:00Z", true, Map.of(),
			"x".repeat(5000));

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<String> failures = new ArrayList<>();

	private int calls;

	@Test
	void noEndpointAnswers500OrNamesAJavaClass() throws Exception {
		JsonNode docs = JSON.readTree(send("GET", "/v3/api-docs", null, null, null).body());
		JsonNode paths = docs.path("paths");
		assertThat(paths.size()).as("documented API paths").isGreaterThan(15);
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			Set<String> methods = new LinkedHashSet<>();
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				methods.add(operation.getKey().toUpperCase());
				sweep(path.getKey(), operation.getKey().toUpperCase(), operation.getValue(), docs);
			}
			for (String other : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
				if (!methods.contains(other)) {
					check(other, fill(path.getKey(), "1"), "admin", "{}", "application/json");
				}
			}
		}
		assertThat(this.calls).as("calls made").isGreaterThan(500);
		assertThat(this.failures).as(this.failures.size() + " bad answers of " + this.calls).isEmpty();
	}

	private void sweep(String template, String method, JsonNode operation, JsonNode docs) throws Exception {
		String contentType = contentType(operation);
		List<String> users = template.contains("capture") ? List.of("capture-bot") : USERS;
		for (String user : users) {
			for (String id : IDS) {
				check(method, fill(template, id), user, null, contentType);
			}
			String path = fill(template, "99999999");
			for (JsonNode parameter : operation.path("parameters")) {
				if (parameter.path("in").asString().equals("query")) {
					for (String value : PARAMS) {
						check(method, path + "?" + parameter.path("name").asString() + "="
								+ URLEncoder.encode(value, StandardCharsets.UTF_8), user, null, contentType);
					}
				}
			}
			if (operation.has("requestBody") || method.equals("POST") || method.equals("PUT")) {
				for (String body : bodies(contentType, operation, docs)) {
					check(method, path, user, body, contentType);
				}
				check(method, path, user, "{}", "text/plain");
				check(method, path, user, "<a/>", "application/xml");
			}
		}
	}

	private List<String> bodies(String contentType, JsonNode operation, JsonNode docs) {
		List<String> bodies = new ArrayList<>(BODIES);
		if (!contentType.contains("json")) {
			bodies.addAll(List.of("\"unterminated,quote\nx", "a,b\n1,2,3,4\n", "\u0000\u0001\u0002PK\u0003\u0004",
					"device_id,app\n" + "d,\"".repeat(3), "PK\u0003\u0004" + "\u00ff".repeat(100)));
			return bodies;
		}
		JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"),
				docs);
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			JsonNode nested = resolve(property.getValue(), docs);
			for (Object value : VALUES) {
				bodies.add(JSON.writeValueAsString(Map.of(property.getKey(), value)));
				if (nested.has("properties")) {
					for (String inner : nested.path("properties").propertyNames()) {
						bodies.add(JSON.writeValueAsString(Map.of(property.getKey(), Map.of(inner, value))));
					}
				}
			}
			bodies.add("{\"" + property.getKey() + "\": null}");
		}
		return bodies;
	}

	private static JsonNode resolve(JsonNode schema, JsonNode docs) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static String contentType(JsonNode operation) {
		JsonNode content = operation.path("requestBody").path("content");
		if (content.isEmpty() || content.has("application/json")) {
			return "application/json";
		}
		return content.propertyNames().iterator().next();
	}

	private static String fill(String template, String id) {
		return template.replaceAll("\\{[^}]+}", URLEncoder.encode(id, StandardCharsets.UTF_8));
	}

	private void check(String method, String path, String user, @Nullable String body, String contentType)
			throws Exception {
		HttpResponse<String> answer = send(method, path, user, body, contentType);
		this.calls++;
		String where = method + " " + path + " as " + user + " with " + abbreviate(body) + " (" + contentType + ") -> "
				+ answer.statusCode() + " " + abbreviate(answer.body());
		if (answer.statusCode() >= 500) {
			this.failures.add("500: " + where);
		}
		if (answer.statusCode() >= 400 && LEAK.matcher(answer.body()).find()) {
			this.failures.add("leak: " + where);
		}
		if (answer.statusCode() >= 400) {
			String type = answer.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json")) {
				this.failures.add("not a problem: " + where + " [" + type + "]");
			}
			else {
				JsonNode problem = JSON.readTree(answer.body());
				if (!problem.path("type").isString() || !problem.path("title").isString()
						|| problem.path("status").asInt() != answer.statusCode()
						|| !problem.path("detail").isString()) {
					this.failures.add("incomplete problem: " + where);
				}
			}
		}
	}

	private HttpResponse<String> send(String method, String path, @Nullable String user, @Nullable String body,
			@Nullable String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String abbreviate(@Nullable String text) {
		if (text == null) {
			return "no body";
		}
		return (text.length() <= 300) ? text : text.substring(0, 300) + "...";
	}

}
