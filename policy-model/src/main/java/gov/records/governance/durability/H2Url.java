package gov.records.governance.durability;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a JDBC URL of H2 says about durability: whether it names a file database (and
 * where), the {@code WRITE_DELAY} it sets, if any, and whether it lets H2 reuse freed
 * file space ({@code REUSE_SPACE}, DD070).
 */
record H2Url(String url) {

	static final String REUSE_SPACE = "REUSE_SPACE";

	static boolean isH2(String url) {
		return url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
	}

	/** The database's path without H2's {@code .mv.db}; empty for mem: and tcp: URLs. */
	Optional<Path> file() {
		String rest = this.url.substring("jdbc:h2:".length());
		int options = rest.indexOf(';');
		String name = (options < 0) ? rest : rest.substring(0, options);
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
				|| lower.startsWith("zip:")) {
			return Optional.empty();
		}
		if (lower.startsWith("file:")) {
			name = name.substring("file:".length());
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(Path.of(name).toAbsolutePath().normalize());
	}

	/** The write delay in milliseconds the URL sets; empty when it sets none. */
	OptionalLong writeDelay() {
		Optional<String> value = setting("WRITE_DELAY");
		if (value.isEmpty()) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(value.get()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("The database URL sets WRITE_DELAY to '" + value.get()
					+ "', which is not a number of milliseconds; set WRITE_DELAY=0.");
		}
	}

	/**
	 * Whether the URL lets H2 write new chunks into freed file space; empty when it does
	 * not say (H2 then reuses it).
	 */
	Optional<Boolean> reuseSpace() {
		return setting(REUSE_SPACE).map((value) -> switch (value.toUpperCase(Locale.ROOT)) {
			case "TRUE" -> true;
			case "FALSE" -> false;
			default -> throw new IllegalStateException(
					"The database URL sets REUSE_SPACE to '" + value + "'; set REUSE_SPACE=FALSE.");
		});
	}

	/** This URL with {@code REUSE_SPACE=FALSE} added, unless it already says. */
	String appendingOnly() {
		return reuseSpace().isPresent() ? this.url : this.url + ";" + REUSE_SPACE + "=FALSE";
	}

	private Optional<String> setting(String name) {
		String[] parts = this.url.split(";");
		for (int i = 1; i < parts.length; i++) {
			int equals = parts[i].indexOf('=');
			if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase(name)) {
				return Optional.of(parts[i].substring(equals + 1).strip());
			}
		}
		return Optional.empty();
	}

}
