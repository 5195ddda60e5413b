package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.records.governance.fuzzing.Refusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes {@code ./govern verify-audit FILE}: whatever the file holds, the verifier
 * answers OK or BROKEN with a reason in plain words and never throws; an export it calls
 * OK has a head hash that is the hash of its last event. Seeds (a valid three-event
 * export) and past findings are in {@code AuditExportVerifierFuzzTestInputs}.
 */
class AuditExportVerifierFuzzTest {

	private static final Path FILE = file();

	@FuzzTest(maxDuration = "5s")
	void export(byte[] content) throws IOException {
		Files.write(FILE, content);
		ChainVerification result = AuditExportVerifier.verify(FILE);
		String input = new String(content, StandardCharsets.UTF_8);
		if (result.ok()) {
			assertThat(result.brokenAt()).isNull();
			if (result.eventsChecked() > 0) {
				assertThat(result.headHash()).isNotNull();
				assertThat(input).contains(result.headHash());
			}
		}
		else {
			assertThat(result.problem()).isNotBlank();
			Refusals.assertPlain(result.problem(), input);
		}
		Refusals.assertPlain(result.summary(), input);
	}

	private static Path file() {
		try {
			Path file = Files.createTempFile("audit-export", ".jsonl");
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
