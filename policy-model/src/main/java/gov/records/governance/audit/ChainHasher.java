package gov.records.governance.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Checks event hashes the way {@link AuditChain} defines them, fast enough that verifying
 * a chain costs little more than the SHA-256 itself: the canonical form is written as
 * UTF-8 straight into one reused buffer, one digest is reused, the time's date and clock
 * part is kept while events share a second, each field's escaped bytes are kept while
 * consecutive events share its value, and the result is compared with the stored hex
 * without building a string. Produces exactly the bytes of
 * {@code prevHash + AuditChain.canonical(e)} ({@code ChainHasherTest} checks it against
 * that). Not thread-safe: one per verification.
 */
final class ChainHasher {

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ACTION = bytes("{\"action\":");

	private static final byte[] ACTOR = bytes(",\"actor\":");

	private static final byte[] ACTOR_ROLE = bytes(",\"actorRole\":");

	private static final byte[] AFTER = bytes(",\"after\":");

	private static final byte[] BEFORE = bytes(",\"before\":");

	private static final byte[] CLIENT_ADDRESS = bytes(",\"clientAddress\":");

	private static final byte[] OCCURRED_AT = bytes(",\"occurredAt\":\"");

	private static final byte[] ORG_SCOPE = bytes("\",\"orgScope\":");

	private static final byte[] PREV_HASH = bytes(",\"prevHash\":");

	private static final byte[] REASON = bytes(",\"reason\":");

	private static final byte[] SEQ = bytes(",\"seq\":");

	private static final byte[] TARGET_ID = bytes(",\"targetId\":");

	private static final byte[] TARGET_TYPE = bytes(",\"targetType\":");

	private static final byte[] NULL = bytes("null");

	private final MessageDigest sha256;

	private byte[] buffer = new byte[1024];

	private int length;

	private final byte[] digest = new byte[32];

	/** Escaped values longer than this are not kept between events. */
	private static final int MAX_KEPT = 512;

	private static final int FIELDS = 10;

	private final @Nullable String[] keptValues = new String[FIELDS];

	private final byte[][] keptBytes = new byte[FIELDS][MAX_KEPT];

	private final int[] keptLengths = new int[FIELDS];

	private long second = Long.MIN_VALUE;

	private byte[] secondText = new byte[0];

	ChainHasher() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

	/**
	 * Whether {@code expectedHex} is the hash of the event chained to {@code prevHash}.
	 */
	boolean matches(String prevHash, AuditRecord e, String expectedHex) {
		byte[] digest = digest(prevHash, e);
		if (expectedHex.length() != 64) {
			return false;
		}
		for (int i = 0; i < 32; i++) {
			if (expectedHex.charAt(2 * i) != HEX[(digest[i] >> 4) & 0xF]
					|| expectedHex.charAt(2 * i + 1) != HEX[digest[i] & 0xF]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The SHA-256 of the previous hash and the event's canonical form (the array is
	 * reused by the next call).
	 */
	byte[] digest(String prevHash, AuditRecord e) {
		fill(prevHash, e);
		this.sha256.update(this.buffer, 0, this.length);
		try {
			this.sha256.digest(this.digest, 0, 32);
		}
		catch (java.security.DigestException ex) {
			throw new IllegalStateException(ex);
		}
		return this.digest;
	}

	private int fill(String prevHash, AuditRecord e) {
		this.length = 0;
		plain(prevHash);
		field(0, ACTION, e.action());
		field(1, ACTOR, e.actor());
		field(2, ACTOR_ROLE, e.actorRole());
		field(3, AFTER, e.after());
		field(4, BEFORE, e.before());
		field(5, CLIENT_ADDRESS, e.clientAddress());
		put(OCCURRED_AT);
		instant(e.occurredAt());
		field(6, ORG_SCOPE, e.orgScope());
		put(PREV_HASH);
		if (e.prevHash().equals(prevHash)) {
			// the same text as the prefix just written, which needs no escaping
			room(prevHash.length() + 2);
			this.buffer[this.length] = '"';
			System.arraycopy(this.buffer, 0, this.buffer, this.length + 1, prevHash.length());
			this.length += prevHash.length() + 1;
			this.buffer[this.length++] = '"';
		}
		else {
			string(e.prevHash());
		}
		field(7, REASON, e.reason());
		put(SEQ);
		number(e.seq());
		field(8, TARGET_ID, e.targetId());
		field(9, TARGET_TYPE, e.targetType());
		room(1);
		this.buffer[this.length++] = '}';
		return this.length;
	}

	/** A long in decimal, as {@link Long#toString(long)} writes it, without a string. */
	private void number(long value) {
		if (value < 0) {
			plain(Long.toString(value));
			return;
		}
		room(20);
		int digits = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			digits++;
		}
		long rest = value;
		for (int i = this.length + digits - 1; i >= this.length; i--) {
			this.buffer[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
		this.length += digits;
	}

	/**
	 * A field's name and value. Consecutive events often share a value (the same actor,
	 * action, scope or reason), so each field's last value is kept with its escaped bytes
	 * and copied when the next event has an equal value, instead of scanning it again.
	 */
	private void field(int slot, byte[] prefix, @Nullable String value) {
		put(prefix);
		if (value == null) {
			put(NULL);
			return;
		}
		byte[] kept = this.keptBytes[slot];
		if (value.equals(this.keptValues[slot])) {
			int length = this.keptLengths[slot];
			room(length);
			System.arraycopy(kept, 0, this.buffer, this.length, length);
			this.length += length;
			return;
		}
		int start = this.length;
		string(value);
		int length = this.length - start;
		if (length <= MAX_KEPT) {
			System.arraycopy(this.buffer, start, kept, 0, length);
			this.keptValues[slot] = value;
			this.keptLengths[slot] = length;
		}
	}

	/** A JSON string (or null) escaped exactly as {@link AuditChain#canonical} does. */
	@SuppressWarnings("deprecation")
	private void string(@Nullable String value) {
		if (value == null) {
			put(NULL);
			return;
		}
		int length = value.length();
		room(length * 6 + 2);
		byte[] b = this.buffer;
		int n = this.length;
		b[n++] = '"';
		int plain = 0;
		while (plain < length) {
			char c = value.charAt(plain);
			if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
				break;
			}
			plain++;
		}
		// the plain ASCII start, copied at once (the common case is the whole value)
		value.getBytes(0, plain, b, n);
		n += plain;
		for (int i = plain; i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
				b[n++] = (byte) c;
				continue;
			}
			switch (c) {
				case '"' -> n = put(b, n, '\\', '"');
				case '\\' -> n = put(b, n, '\\', '\\');
				case '\b' -> n = put(b, n, '\\', 'b');
				case '\f' -> n = put(b, n, '\\', 'f');
				case '\n' -> n = put(b, n, '\\', 'n');
				case '\r' -> n = put(b, n, '\\', 'r');
				case '\t' -> n = put(b, n, '\\', 't');
				default -> {
					if (c < 0x20) {
						b[n++] = '\\';
						b[n++] = 'u';
						b[n++] = '0';
						b[n++] = '0';
						b[n++] = HEX[c >> 4];
						b[n++] = HEX[c & 0xF];
					}
					else if (c < 0x800) {
						b[n++] = (byte) (0xC0 | (c >> 6));
						b[n++] = (byte) (0x80 | (c & 0x3F));
					}
					else if (Character.isHighSurrogate(c) && i + 1 < value.length()
							&& Character.isLowSurrogate(value.charAt(i + 1))) {
						int cp = Character.toCodePoint(c, value.charAt(++i));
						b[n++] = (byte) (0xF0 | (cp >> 18));
						b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
						b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
						b[n++] = (byte) (0x80 | (cp & 0x3F));
					}
					else if (Character.isSurrogate(c)) {
						// what String.getBytes(UTF_8) writes for a lone surrogate
						b[n++] = '?';
					}
					else {
						b[n++] = (byte) (0xE0 | (c >> 12));
						b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
						b[n++] = (byte) (0x80 | (c & 0x3F));
					}
				}
			}
		}
		b[n++] = '"';
		this.length = n;
	}

	/**
	 * {@link Instant#toString()}: the date and time to the second (kept while events
	 * share a second), then the fraction in groups of three digits, then Z.
	 */
	private void instant(Instant at) {
		long epochSecond = at.getEpochSecond();
		if (epochSecond != this.second) {
			String whole = Instant.ofEpochSecond(epochSecond).toString();
			if (whole.length() != 20) {
				// a year before 0000 or after 9999: rare enough to format in full
				plain(at.toString());
				return;
			}
			this.secondText = whole.substring(0, 19).getBytes(StandardCharsets.US_ASCII);
			this.second = epochSecond;
		}
		room(this.secondText.length + 11);
		System.arraycopy(this.secondText, 0, this.buffer, this.length, this.secondText.length);
		this.length += this.secondText.length;
		int nano = at.getNano();
		if (nano > 0) {
			int digits = (nano % 1_000_000 == 0) ? 3 : (nano % 1_000 == 0) ? 6 : 9;
			int value = (digits == 3) ? nano / 1_000_000 : (digits == 6) ? nano / 1_000 : nano;
			this.buffer[this.length++] = '.';
			for (int i = digits - 1; i >= 0; i--) {
				this.buffer[this.length + i] = (byte) ('0' + value % 10);
				value /= 10;
			}
			this.length += digits;
		}
		this.buffer[this.length++] = 'Z';
	}

	/** Text known to be ASCII with nothing to escape. */
	@SuppressWarnings("deprecation")
	private void plain(String text) {
		room(text.length());
		text.getBytes(0, text.length(), this.buffer, this.length);
		this.length += text.length();
	}

	private void put(byte[] bytes) {
		room(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
	}

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(StandardCharsets.US_ASCII);
	}

	private void room(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

	private static int put(byte[] b, int n, char first, char second) {
		b[n] = (byte) first;
		b[n + 1] = (byte) second;
		return n + 2;
	}

}
