package gov.records.governance.api;

import static gov.records.governance.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A report bundle over real HTTP: requested, generated in the background, downloaded with
 * its recorded SHA-256, then uploaded to the check endpoint intact (valid, with its
 * checkpoint), with one file changed (that file is named) and cut short (the archive is
 * reported truncated).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBundleApiTest {

	private static final String VERIFY = "/api/reports/verify";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUploadedBundleIsCheckedGoodTamperedAndTruncated() throws Exception {
		ApiClient api = new ApiClient(this.port);
		byte[] bundle = generatedBundle(api);

		JsonNode good = json(api.upload(VERIFY, "inspector", bundle, "application/zip"));
		assertThat(good.path("valid").asBoolean()).as(good.toString()).isTrue();
		assertThat(good.path("problems").size()).isZero();
		assertThat(good.path("checkpointOk").asBoolean()).as(good.path("checkpoint").asString()).isTrue();
		assertThat(good.path("signer").asString()).isNotBlank();

		JsonNode tampered = json(
				api.upload(VERIFY, "inspector", changeOneByte(bundle, "tables/events.csv"), "application/zip"));
		assertThat(tampered.path("valid").asBoolean()).isFalse();
		assertThat(tampered.path("problems").size()).isOne();
		assertThat(tampered.path("problems").get(0).path("file").asString()).isEqualTo("tables/events.csv");
		assertThat(tampered.path("problems").get(0).path("kind").asString()).isEqualTo("HASH_MISMATCH");

		JsonNode manifest = json(
				api.upload(VERIFY, "inspector", changeOneByte(bundle, "MANIFEST.sha256"), "application/zip"));
		assertThat(manifest.path("valid").asBoolean()).isFalse();
		assertThat(manifest.path("problems").findValuesAsString("kind")).contains("BAD_SIGNATURE");

		JsonNode truncated = json(
				api.upload(VERIFY, "inspector", Arrays.copyOf(bundle, bundle.length / 2), "application/octet-stream"));
		assertThat(truncated.path("valid").asBoolean()).isFalse();
		assertThat(truncated.path("problems").findValuesAsString("kind")).containsExactly("TRUNCATED_ARCHIVE");

		assertThat(api.upload(VERIFY, null, bundle, "application/zip").statusCode()).isEqualTo(401);
	}

	@Test
	void thePdfTheJsonAndEachCsvDownloadOnTheirOwnWithTheirDigest() throws Exception {
		ApiClient api = new ApiClient(this.port);
		long id = generatedReport(api);
		byte[] bundle = api.download("/api/reports/" + id + "/bundle", "inspector").body();
		String[][] files = { { "pdf", "report.pdf", "application/pdf", "report-" + id + ".pdf" },
				{ "json", "report.json", "application/json", "report-" + id + ".json" },
				{ "csv/events", "tables/events.csv", "text/csv", "report-" + id + "-events.csv" } };
		for (String[] file : files) {
			HttpResponse<byte[]> download = api.download("/api/reports/" + id + "/" + file[0], "cio");
			assertThat(download.statusCode()).as(file[0]).isEqualTo(200);
			assertThat(download.body()).as(file[0]).isEqualTo(entry(bundle, file[1]));
			assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith(file[2]);
			assertThat(download.headers().firstValue("Content-Disposition"))
				.hasValue("attachment; filename=\"" + file[3] + "\"");
			String digest = java.util.Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(download.body()));
			assertThat(download.headers().firstValue("Digest")).hasValue("sha-256=" + digest);
			assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + digest + ":");
		}
		assertThat(json(api.call("GET", "/api/reports/" + id + "/csv", "inspector", null)).path("tables").toString())
			.contains("\"verification\"", "\"events\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'report.file.downloaded' and target_id = ?",
				Long.class, String.valueOf(id)))
			.isEqualTo(3);
		// roles and bad names as for the bundle
		assertThat(api.download("/api/reports/" + id + "/pdf", "admin").statusCode()).isEqualTo(403);
		assertThat(api.download("/api/reports/" + id + "/pdf", "records").statusCode()).isEqualTo(403);
		assertThat(api.download("/api/reports/" + id + "/pdf", null).statusCode()).isEqualTo(401);
		HttpResponse<String> unknown = api.call("GET", "/api/reports/" + id + "/csv/groups", "inspector", null);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("has no table groups").doesNotContain("Exception");
		assertThat(api.call("GET", "/api/reports/" + id + "/csv/..%2Fcert", "inspector", null).statusCode())
			.isBetween(400, 499);
	}

	private static byte[] entry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError(name + " is not in the bundle");
	}

	/**
	 * An audit extract of the department over the last day, requested and downloaded as
	 * the inspector.
	 */
	private byte[] generatedBundle(ApiClient api) throws Exception {
		long id = generatedReport(api);
		JsonNode report = json(api.call("GET", "/api/reports/" + id, "inspector", null));
		HttpResponse<byte[]> download = api.download("/api/reports/" + id + "/bundle", "inspector");
		assertThat(download.statusCode()).isEqualTo(200);
		byte[] sha = MessageDigest.getInstance("SHA-256").digest(download.body());
		assertThat(HexFormat.of().formatHex(sha)).isEqualTo(report.path("sha256").asString());
		String digest = java.util.Base64.getEncoder().encodeToString(sha);
		assertThat(download.headers().firstValue("Digest")).hasValue("sha-256=" + digest);
		assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + digest + ":");
		return download.body();
	}

	/** An audit extract of the department over the last day, done. */
	private long generatedReport(ApiClient api) throws Exception {
		Long department = this.jdbc.queryForObject("select id from organization where code = 'DCR'", Long.class);
		// at least one event in the period: a failed login is audited
		assertThat(api.call("GET", "/api/groups", "no-such-user", null).statusCode()).isEqualTo(401);
		Thread.sleep(5);
		Instant asOf = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		HttpResponse<String> requested = api.call("POST", "/api/reports", "inspector", """
				{"type": "AUDIT_EXTRACT", "organizationId": %d, "from": "%s", "asOf": "%s"}""".formatted(department,
				asOf.minus(Duration.ofDays(1)), asOf));
		assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
		long id = json(requested).path("id").asLong();
		awaitDone(api, id);
		return id;
	}

	private static JsonNode awaitDone(ApiClient api, long id) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			JsonNode report = json(api.call("GET", "/api/reports/" + id, "inspector", null));
			String status = report.path("status").asString();
			if (status.equals("DONE")) {
				return report;
			}
			assertThat(status).as(report.path("failure").asString()).isNotEqualTo("FAILED");
			assertThat(System.nanoTime()).as("report " + id + " still " + status).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** The bundle with one byte of one file changed, zipped again. */
	private static byte[] changeOneByte(byte[] zip, String file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean changed = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rezipped = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(file)) {
					content[content.length / 2] ^= 0x01;
					changed = true;
				}
				rezipped.putNextEntry(new ZipEntry(entry.getName()));
				rezipped.write(content);
				rezipped.closeEntry();
			}
		}
		assertThat(changed).as(file + " in the bundle").isTrue();
		return out.toByteArray();
	}

}
