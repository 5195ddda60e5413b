package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditChainTest {

	@Test
	void theFastCanonicalWriterMatchesJacksonOnOrdinaryAndUnusualText() {
		Random random = new Random(11);
		String alphabet = "abcXYZ 019 \"quote\" \\back\\ é ü 中文 😀 \t\n\r\b\f <>&'%_";
		for (int i = 0; i < 2_000; i++) {
			AuditRecord record = record(i, text(random, alphabet), (i % 3 == 0) ? null : text(random, alphabet));
			assertThat(AuditChain.canonical(record)).isEqualTo(AuditChain.canonicalWithJackson(record));
		}
	}

	@Test
	void otherControlCharactersAreEscapedInLowerCaseHexLikePython() {
		AuditRecord record = record(1, "a\u0001b\u001fc", null);
		assertThat(AuditChain.canonical(record)).contains("\"reason\":\"a\\u0001b\\u001fc\"");
	}

	@Test
	void theHashChainsThePreviousHashAsAsciiHex() {
		AuditRecord first = record(1, "x", null);
		String hash = AuditChain.hash(AuditChain.GENESIS, AuditChain.canonical(first));
		assertThat(hash).hasSize(64).matches("[0-9a-f]+");
		assertThat(AuditChain.hash(hash, AuditChain.canonical(first))).isNotEqualTo(hash);
	}

	private static AuditRecord record(long seq, String reason, String after) {
		return new AuditRecord(seq, Instant.parse("2026-11-22T10:15:30.123Z"), "admin", "PLATFORM_ADMIN", "1",
				"settings.changed", "group", "42", "{\"autoDelete\":false}", after, reason, "10.0.0.7",
				AuditChain.GENESIS, "");
	}

	private static String text(Random random, String alphabet) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(40);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

}
