package gov.records.governance.evidence.proof;

import gov.records.governance.evidence.merkle.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Line reading shared by the proof file formats. */
final class ProofText {

	private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

	private final String text;

	private int position;

	ProofText(String text) {
		this.text = text;
	}

	/** The next line without its newline; fails at the end of the text. */
	String line() {
		int end = this.text.indexOf('\n', this.position);
		if (end < 0) {
			throw new ProofFileException("unexpected end of file after line '" + lastLine() + "'");
		}
		String line = this.text.substring(this.position, end);
		this.position = end + 1;
		return line;
	}

	/** The next line if it starts with {@code keyword} and a space, else nothing. */
	@Nullable String optional(String keyword) {
		String prefix = keyword + " ";
		if (this.text.startsWith(prefix, this.position)) {
			return line().substring(prefix.length());
		}
		return null;
	}

	String required(String keyword) {
		String line = line();
		if (!line.startsWith(keyword + " ")) {
			throw new ProofFileException("expected a line '" + keyword + " ...', found '" + line + "'");
		}
		return line.substring(keyword.length() + 1);
	}

	/** Hash lines up to and including the next empty line. */
	List<Hash> hashesUntilEmptyLine() {
		List<Hash> hashes = new ArrayList<>();
		for (String line = line(); !line.isEmpty(); line = line()) {
			hashes.add(hash(line));
		}
		return hashes;
	}

	String rest() {
		return this.text.substring(this.position);
	}

	static long decimal(String value) {
		if (!DECIMAL.matcher(value).matches()) {
			throw new ProofFileException("not a decimal without leading zeros: '" + value + "'");
		}
		return Long.parseLong(value);
	}

	static Hash hash(String base64) {
		try {
			return Hash.fromBase64(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new ProofFileException("not a base64 SHA-256 hash: '" + base64 + "'", ex);
		}
	}

	private String lastLine() {
		int end = Math.max(0, this.position - 1);
		int start = this.text.lastIndexOf('\n', end - 1) + 1;
		return this.text.substring(start, end);
	}

}
