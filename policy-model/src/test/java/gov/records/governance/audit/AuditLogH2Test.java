package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.Users;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log on H2, where a modified event in the database is caught by verification
 * and a deleted one is an alarm, not an outage (issue 19, build 5). Each test commits its
 * events to a database of its own: checkpoints are signed only over committed events
 * (DD017), so events left uncommitted in a test's transaction would not be in them.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-log-h2")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditLogH2Test extends AuditLogContract {

	@Autowired
	AuditChainAlarm alarm;

	@Autowired
	AuditChainMonitor monitor;

	@Autowired
	CheckpointService checkpoints;

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
	void anEventDeletedFromTheNewestTileIsAnAlarmNotAnOutage() {
		// events 257 to 300 are the newest tile's leaves, read from the events themselves
		var rootBefore = this.tree.root();
		this.jdbc.update("delete from audit_event where seq = 290");
		this.audit.forget();

		// the deleted event's hash is the next one's prev_hash: the tree stays as it was
		assertThat(this.tree.root()).isEqualTo(rootBefore);
		assertThat(this.alarm.current()).hasValueSatisfying((b) -> assertThat(b.brokenAt()).isEqualTo(290));
		// appends go on from the stored head, so nothing new is lost
		AuditRecord next = Users.as("admin",
				() -> this.audit.record(AuditEntry.of("settings.changed", "group", 1).withReason("after the break")),
				"PLATFORM_ADMIN");
		assertThat(next.seq()).isEqualTo(301);
		assertThat(next.prevHash())
			.isEqualTo(this.jdbc.queryForObject("select hash from audit_event where seq = 300", String.class));
		assertThat(this.tree.size()).isEqualTo(301);
		// no checkpoint is signed over the break; the intact prefix still is
		assertThatThrownBy(() -> this.checkpoints.current()).isInstanceOf(AuditChainBrokenException.class)
			.hasMessageContaining("broken at event #290");
		assertThat(this.checkpoints.at(289).treeSize()).isEqualTo(289);
		assertThat(this.checkpoints.latestIntact().treeSize()).isEqualTo(289);
		assertThat(this.checkpoints.latestIntact().rootHash()).isEqualTo(this.tree.root(289));
	}

	@Test
	void twoNeighboursDeletedStillLeaveAppendsWorking() {
		this.jdbc.update("delete from audit_event where seq in (280, 281)");
		this.audit.forget();

		AuditRecord next = Users.as("admin",
				() -> this.audit.record(AuditEntry.of("settings.changed", "group", 1).withReason("after the break")),
				"PLATFORM_ADMIN");
		assertThat(next.seq()).isEqualTo(301);
		assertThat(this.alarm.current()).hasValueSatisfying((b) -> assertThat(b.brokenAt()).isEqualTo(280));
	}

	@Test
	void anEventDeletedDeepInTheLogIsFoundByTheMonitorAndClearedWhenRestored() {
		java.util.Map<String, Object> row = this.jdbc.queryForMap("select * from audit_event where seq = 100");
		this.jdbc.update("delete from audit_event where seq = 100");
		assertThat(this.alarm.broken()).isFalse();

		ChainVerification found = this.monitor.check();
		assertThat(found.ok()).isFalse();
		assertThat(this.alarm.current()).hasValueSatisfying((b) -> {
			assertThat(b.brokenAt()).isEqualTo(100);
			assertThat(b.summary()).contains("event #100 is missing");
		});
		assertThatThrownBy(() -> this.checkpoints.at(150)).isInstanceOf(AuditChainBrokenException.class);

		// the operator restores the event from a backup: the next full check ends the
		// alarm
		this.jdbc.update(
				"insert into audit_event (" + String.join(", ", row.keySet()) + ") values ("
						+ String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")",
				row.values().toArray());
		assertThat(this.monitor.check().ok()).isTrue();
		assertThat(this.alarm.broken()).isFalse();
		assertThat(this.checkpoints.current().treeSize()).isEqualTo(300);
	}

	/**
	 * Issue 19, build 8: an export held against a signed checkpoint fails once it was
	 * edited and re-hashed (its chain alone still verifies), and a swap of two events is
	 * reported as a reorder.
	 */
	@Test
	void anExportIsHeldAgainstASignedCheckpointAndASwapIsReportedAsAReorder(@TempDir Path dir) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Users.as("inspector", () -> {
			this.log.exportJsonLines(out);
			return null;
		}, "INSPECTOR");
		Path export = dir.resolve("audit.jsonl");
		Files.write(export, out.toByteArray());
		SignedCheckpoint checkpoint = this.checkpoints.current();
		String key = this.checkpoints.verifierKey();
		assertThat(AuditExportVerifier.verify(export, checkpoint.text(), key).ok()).isTrue();

		// edit event 150 and re-hash the chain from there: the chain verifies, the
		// checkpoint does not
		java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(export));
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		String previous = null;
		for (int i = 0; i < lines.size(); i++) {
			var node = (tools.jackson.databind.node.ObjectNode) json.readTree(lines.get(i));
			if (i == 149) {
				node.put("reason", "rewritten");
			}
			if (i >= 149) {
				node.put("prevHash", previous);
				node.remove("hash");
				AuditRecord record = new AuditRecord(node.get("seq").asLong(),
						java.time.Instant.parse(node.get("occurredAt").asString()), text(node, "actor"),
						text(node, "actorRole"), text(node, "orgScope"), text(node, "action"), text(node, "targetType"),
						text(node, "targetId"), text(node, "before"), text(node, "after"), text(node, "reason"),
						text(node, "clientAddress"), previous, "");
				node.put("hash", AuditChain.hash(previous, AuditChain.canonical(record)));
				lines.set(i, json.writeValueAsString(node));
			}
			previous = json.readTree(lines.get(i)).get("hash").asString();
		}
		Path rehashed = dir.resolve("rehashed.jsonl");
		Files.write(rehashed, lines);
		assertThat(AuditExportVerifier.verify(rehashed).ok()).as("the chain alone cannot tell").isTrue();
		ChainVerification held = AuditExportVerifier.verify(rehashed, checkpoint.text(), key);
		assertThat(held.ok()).isFalse();
		assertThat(held.problem()).contains("do not match the signed checkpoint");
		assertThat(AuditExportVerifier
			.verify(export, checkpoint.text(), "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
			.problem()).contains("does not verify");

		java.util.List<String> swapped = new java.util.ArrayList<>(Files.readAllLines(export));
		java.util.Collections.swap(swapped, 50, 51);
		Path reordered = dir.resolve("swapped.jsonl");
		Files.write(reordered, swapped);
		ChainVerification swap = AuditExportVerifier.verify(reordered);
		assertThat(swap.ok()).isFalse();
		assertThat(swap.brokenAt()).isEqualTo(51);
		assertThat(swap.problem()).contains("reordered").contains("event #51 comes after event #52");

		swapped.remove(51);
		Files.write(reordered, swapped);
		assertThat(AuditExportVerifier.verify(reordered).problem()).contains("event #51 is missing");
	}

	private static String text(tools.jackson.databind.JsonNode node, String field) {
		var value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	@AfterEach
	void endTheAlarm() {
		this.alarm.clear();
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
