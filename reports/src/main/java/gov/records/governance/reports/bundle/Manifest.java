package gov.records.governance.reports.bundle;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code MANIFEST.sha256}: one line per file, {@code <sha256 hex>  <name>}, as
 * {@code sha256sum} writes and {@code sha256sum -c} reads.
 */
final class Manifest {

	private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

	private final Map<String, String> hashes;

	Manifest(Map<String, String> hashes) {
		this.hashes = Map.copyOf(hashes);
	}

	/** File name to lower-case hex SHA-256. */
	Map<String, String> hashes() {
		return this.hashes;
	}

	static String line(String name, byte[] sha256) {
		return HexFormat.of().formatHex(sha256) + "  " + name + "\n";
	}

	/**
	 * Parses the manifest bytes.
	 * @throws IllegalArgumentException naming the first malformed line
	 */
	static Manifest parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (!text.endsWith("\n")) {
			throw new IllegalArgumentException("the manifest does not end with a newline");
		}
		Map<String, String> hashes = new LinkedHashMap<>();
		int number = 0;
		for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
			number++;
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches() || !BundleFile.isSafeName(matcher.group(2))) {
				throw new IllegalArgumentException("manifest line " + number + " is not '<sha256>  <name>': " + line);
			}
			if (hashes.put(matcher.group(2), matcher.group(1)) != null) {
				throw new IllegalArgumentException("manifest line " + number + " repeats " + matcher.group(2));
			}
		}
		return new Manifest(hashes);
	}

}
