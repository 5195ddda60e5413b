package gov.records.governance.security.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API with bearer tokens from a real Keycloak (one for this class): each role
 * reads what its role allows, within its organization; every bad token (expired, forged,
 * from another realm, for another audience, without roles, of a user without an
 * organization) gets 401 or 403, no data, and an audit event that names the subject and
 * never the token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:console-keycloak;DB_CLOSE_DELAY=-1",
				"governance.keycloak.clock-skew=0s" })
@ActiveProfiles("keycloak")
class KeycloakApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static KeycloakServer keycloak;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void keycloakSettings(DynamicPropertyRegistry registry) {
		registry.add("governance.keycloak.issuer-uri", () -> keycloak().issuer());
		registry.add("governance.keycloak.client-secret", () -> KeycloakSettingsCheck.DEMO_CLIENT_SECRET);
	}

	private static synchronized KeycloakServer keycloak() {
		if (keycloak == null) {
			try {
				Path log = Files.createDirectories(Path.of("target")).resolve("keycloak-api-it.log");
				keycloak = KeycloakServer.start("http://localhost:8080", log);
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return keycloak;
	}

	@AfterAll
	static void stopKeycloak() {
		if (keycloak != null) {
			keycloak.close();
		}
	}

	@Test
	void eachRoleReadsWhatItsRoleAllowsWithinItsOrganization() throws Exception {
		HttpResponse<String> cio = get("/api/groups?size=500", keycloak().accessToken("cio"));
		assertThat(cio.statusCode()).isEqualTo(200);
		int all = JSON.readTree(cio.body()).size();
		assertThat(all).isPositive();
		// the token's organization claim (FEC) limits the component administrator
		JsonNode fec = JSON.readTree(get("/api/groups?size=500", keycloak().accessToken("admin-fec")).body());
		assertThat(fec.size()).isPositive().isLessThan(all);
		fec.forEach((group) -> assertThat(group.path("name").asString()).startsWith("FEC-"));
		// no claim for records: the console's binding (the whole department) applies
		assertThat(JSON.readTree(get("/api/groups?size=500", keycloak().accessToken("records")).body()).size())
			.isEqualTo(all);
		assertThat(get("/api/groups?size=500", keycloak().accessToken("admin")).statusCode()).isEqualTo(200);
		assertThat(get("/api/audit?size=5", keycloak().accessToken("inspector")).statusCode()).isEqualTo(200);
		assertThat(get("/api/audit?size=5", keycloak().accessToken("cio")).statusCode()).isEqualTo(200);
		assertThat(get("/api/audit?size=5", keycloak().accessToken("admin")).statusCode()).isEqualTo(403);
		// records officers read the audit log (they see sign-in lock-outs there, issue 12
		// item 3)
		assertThat(get("/api/audit?size=5", keycloak().accessToken("records")).statusCode()).isEqualTo(200);
		assertThat(get("/api/groups?size=5", keycloak().accessToken("capture-bot")).statusCode()).isEqualTo(403);
	}

	@Test
	void anExpiredTokenIs401() throws Exception {
		String token = keycloak().token(KeycloakServer.REALM, KeycloakServer.SHORT_LIVED_CLIENT, "cio");
		assertThat(get("/api/groups?size=5", token).statusCode()).isEqualTo(200);
		Thread.sleep(3_000);
		assertRefused(token, 401, "it has expired");
	}

	@Test
	void aForgedTokenIs401() throws Exception {
		String real = keycloak().accessToken("admin-fec");
		String[] parts = real.split("\\.");
		Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
		claims.put("organization", List.of("DCR"));
		claims.put("realm_access", Map.of("roles", List.of("CIO")));
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(JSON.writeValueAsString(claims).getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
		assertRefused(tampered, 401, "its signature does not verify");
		// signed by a key of our own under Keycloak's key id: still not the realm's
		// signature
		String kid = JSON.readTree(Base64.getUrlDecoder().decode(parts[0])).path("kid").asString();
		RSAKey own = new RSAKeyGenerator(2048).keyID(kid).generate();
		SignedJWT forged = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
				JWTClaimsSet.parse(claims));
		forged.sign(new RSASSASigner(own));
		assertRefused(forged.serialize(), 401, "its signature does not verify");
	}

	@Test
	void aTokenFromAnotherRealmIs401() throws Exception {
		assertRefused(keycloak().token("elsewhere", KeycloakServer.CLI_CLIENT, "cio"), 401,
				"it was signed by an unknown key (another realm?)");
	}

	@Test
	void aTokenForAnotherAudienceIs401() throws Exception {
		// Keycloak's own admin-cli client: a genuine token of the realm, not issued for
		// the console
		assertRefused(keycloak().token(KeycloakServer.REALM, "admin-cli", "cio"), 401,
				"it was issued for another audience");
	}

	@Test
	void aTokenWithoutRolesIs403() throws Exception {
		assertRefused(keycloak().accessToken("no-role"), 403, "The account has no role in the console");
	}

	@Test
	void aUserWithoutAnOrganizationIs403() throws Exception {
		assertRefused(keycloak().accessToken("no-scope"), 403, "The account is not assigned to any organization");
	}

	@Test
	void httpBasicStaysBesideBearerTokensOutsideProd() throws Exception {
		HttpResponse<String> basic = this.http.send(HttpRequest.newBuilder(url("/api/groups?size=5"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cio:demo".getBytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(basic.statusCode()).isEqualTo(200);
		assertThat(get("/api/groups?size=5", null).statusCode()).isEqualTo(401);
	}

	private void assertRefused(String token, int status, String reason) throws Exception {
		long before = lastAuditSeq();
		HttpResponse<String> answer = get("/api/groups?size=500", token);
		assertThat(answer.statusCode()).isEqualTo(status);
		assertThat(answer.body()).contains(reason).doesNotContain("\"name\"").doesNotContain("Exception");
		List<Map<String, Object>> events = this.jdbc.queryForList(
				"select actor, action, target_id, reason, after_state from audit_event where seq > ? order by seq",
				before);
		assertThat(events).hasSize(1);
		Map<String, Object> event = events.getFirst();
		assertThat(event.get("action")).isEqualTo("api.token.refused");
		assertThat(String.valueOf(event.get("reason"))).contains(reason);
		// the subject the token claims; Keycloak's admin-cli tokens carry none
		JsonNode sub = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sub");
		String subject = sub.isMissingNode() ? "unknown" : sub.asString();
		assertThat(event.get("target_id")).isEqualTo(subject);
		String signature = token.substring(token.lastIndexOf('.') + 1);
		assertThat(event.toString()).doesNotContain(signature).doesNotContain(token.substring(0, 40));
	}

	private long lastAuditSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return (seq != null) ? seq : 0;
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
