package gov.records.governance.reports.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One report file to put in a bundle: its name inside the zip and how to write it.
 *
 * @param name a relative path of letters, digits, {@code . _ -} and {@code /}, such as
 * {@code report.pdf} or {@code tables/groups.csv}
 * @param content writes the bytes (once)
 */
public record BundleFile(String name, ContentWriter content) {

	private static final Pattern SAFE_NAME = Pattern
		.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

	public BundleFile {
		if (!isSafeName(name)) {
			throw new IllegalArgumentException("unsafe file name in a bundle: '" + name + "'");
		}
		if (SignedBundle.RESERVED_NAMES.contains(name)) {
			throw new IllegalArgumentException("reserved file name in a bundle: " + name);
		}
	}

	public static BundleFile of(String name, byte[] content) {
		byte[] copy = content.clone();
		return new BundleFile(name, (out) -> out.write(copy));
	}

	public static BundleFile ofText(String name, String content) {
		return of(name, content.getBytes(StandardCharsets.UTF_8));
	}

	public static BundleFile ofPath(String name, Path file) {
		return new BundleFile(name, (out) -> Files.copy(file, out));
	}

	/**
	 * Names that sha256sum and unzip handle alike everywhere: no spaces, no {@code ..}.
	 */
	static boolean isSafeName(String name) {
		return SAFE_NAME.matcher(name).matches() && !name.contains("..") && name.length() <= 200;
	}

}
