package gov.records.governance.evidence.checkpoint;

import gov.records.governance.evidence.merkle.Hash;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A C2SP tlog-checkpoint: the note text {@code origin\nsize\nbase64(root)\n}, optionally
 * followed by extension lines, signed as a {@link SignedNote}. Go's {@code sumdb/note}
 * and the transparency-dev tools read it as is.
 *
 * @param origin the log's identity, such as {@code governance.example.gov/audit}
 * @param treeSize the number of leaves
 * @param rootHash the RFC 9162 root of the first {@code treeSize} leaves
 * @param extensions extension lines (not recommended by the spec; empty here)
 */
public record Checkpoint(String origin, long treeSize, Hash rootHash, List<String> extensions) {

	private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

	public Checkpoint {
		if (origin.isEmpty() || origin.contains("\n")) {
			throw new IllegalArgumentException("the origin is one non-empty line");
		}
		if (treeSize < 0) {
			throw new IllegalArgumentException("negative tree size");
		}
		extensions = List.copyOf(extensions);
		for (String line : extensions) {
			if (line.isEmpty() || line.contains("\n")) {
				throw new IllegalArgumentException("extension lines are single non-empty lines");
			}
		}
	}

	public Checkpoint(String origin, long treeSize, Hash rootHash) {
		this(origin, treeSize, rootHash, List.of());
	}

	/** The note text: each line ends in a newline, the last one included. */
	public String text() {
		StringBuilder text = new StringBuilder().append(this.origin)
			.append('\n')
			.append(this.treeSize)
			.append('\n')
			.append(this.rootHash.toBase64())
			.append('\n');
		this.extensions.forEach((line) -> text.append(line).append('\n'));
		return text.toString();
	}

	/** The signed checkpoint as published: the text, an empty line and the signatures. */
	public String sign(NoteSigner... signers) {
		return SignedNote.sign(text(), signers).format();
	}

	/**
	 * Parses a checkpoint note text.
	 * @throws NoteVerificationException if it is not a checkpoint
	 */
	public static Checkpoint parse(String text) {
		if (!text.endsWith("\n")) {
			throw new NoteVerificationException("a checkpoint ends with a newline");
		}
		String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
		if (lines.length < 3) {
			throw new NoteVerificationException("a checkpoint has an origin, a size and a root hash line");
		}
		if (lines[0].isEmpty()) {
			throw new NoteVerificationException("empty origin line");
		}
		if (!DECIMAL.matcher(lines[1]).matches()) {
			throw new NoteVerificationException("the tree size is a decimal without leading zeros: " + lines[1]);
		}
		Hash root;
		try {
			root = Hash.fromBase64(lines[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new NoteVerificationException("the root hash is not base64 of 32 bytes: " + lines[2]);
		}
		List<String> extensions = List.of(lines).subList(3, lines.length);
		if (extensions.stream().anyMatch(String::isEmpty)) {
			throw new NoteVerificationException("empty extension line");
		}
		return new Checkpoint(lines[0], Long.parseLong(lines[1]), root, extensions);
	}

	/**
	 * Verifies a signed checkpoint against the trusted keys and checks that it is from
	 * {@code expectedOrigin}.
	 * @throws NoteVerificationException if a signature or the format is wrong
	 */
	public static Checkpoint open(String signedCheckpoint, String expectedOrigin, Collection<NoteVerifier> trusted) {
		SignedNote.VerifiedNote note = SignedNote.open(signedCheckpoint, trusted);
		Checkpoint checkpoint = parse(note.text());
		if (!checkpoint.origin.equals(expectedOrigin)) {
			throw new NoteVerificationException("checkpoint of " + checkpoint.origin + ", expected " + expectedOrigin);
		}
		return checkpoint;
	}

}
