package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast hasher gives exactly the hash of the canonical form, for every kind of value,
 * with one hasher reused across events so that values kept from the event before (equal,
 * identical or longer than what is kept) are covered too.
 */
class ChainHasherTest {

	private static final String[] SAMPLES = { "", "plain", "quote \" and \\ backslash", "tab\tnew\nline\rcr",
			"\b\f\u0001\u001f", "caf\u00e9 \u00fc\u00df", "\u20ac euro \u4e2d\u6587", "emoji \ud83d\ude00 pair",
			"lone \ud83d high", "lone \ude00 low", "{\"autoDelete\":true,\"maxLifetimeSeconds\":2592000}", "\u007f del",
			"long ".repeat(120), "\u4e2d\"".repeat(110) };

	private static final Instant[] TIMES = { Instant.parse("2026-01-01T00:00:00Z"),
			Instant.parse("2026-01-01T00:00:00.120Z"), Instant.parse("2026-01-01T00:00:00.123456Z"),
			Instant.parse("2026-01-01T00:00:00.123456789Z"), Instant.parse("2026-11-22T23:59:59.999Z"),
			Instant.parse("1970-01-01T00:00:00.000001Z"), Instant.parse("+12026-03-04T05:06:07Z"),
			Instant.parse("2026-01-01T00:00:00.100Z") };

	@Test
	void everyFieldEveryEscapeAndEveryTimeFormatHashAsTheCanonicalForm() {
		ChainHasher hasher = new ChainHasher();
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 5_000; i++) {
			AuditRecord e = new AuditRecord(random.nextLong(1, Long.MAX_VALUE), TIMES[random.nextInt(TIMES.length)],
					pick(random, false), pick(random, true), pick(random, true), pick(random, false),
					pick(random, true), pick(random, true), pick(random, true), pick(random, true), pick(random, true),
					pick(random, true), AuditChain.GENESIS, "");
			String prev = (i % 2 == 0) ? AuditChain.GENESIS : "ab".repeat(32);
			String expected = AuditChain.hash(prev, AuditChain.canonical(e));
			assertThat(HexFormat.of().formatHex(hasher.digest(prev, e))).as(AuditChain.canonical(e))
				.isEqualTo(expected);
			assertThat(hasher.matches(prev, e, expected)).isTrue();
			assertThat(hasher.matches(prev, e, expected.replace(expected.charAt(10), flip(expected.charAt(10)))))
				.isFalse();
		}
	}

	private static String pick(SplittableRandom random, boolean nullable) {
		if (nullable && random.nextInt(5) == 0) {
			return null;
		}
		String value = SAMPLES[random.nextInt(SAMPLES.length)];
		return (random.nextBoolean()) ? value : value + SAMPLES[random.nextInt(SAMPLES.length)];
	}

	private static char flip(char hex) {
		return (hex == '0') ? '1' : '0';
	}

}
