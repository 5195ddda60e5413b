package gov.records.governance.durability;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a JDBC URL of H2 says about durability: whether it names a file database (and
 * where), and the {@code WRITE_DELAY} it sets, if any.
 */
record H2Url(String url) {

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
		String[] parts = this.url.split(";");
		for (int i = 1; i < parts.length; i++) {
			int equals = parts[i].indexOf('=');
			if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase("WRITE_DELAY")) {
				String value = parts[i].substring(equals + 1).strip();
				try {
					return OptionalLong.of(Long.parseLong(value));
				}
				catch (NumberFormatException ex) {
					throw new IllegalStateException("The database URL sets WRITE_DELAY to '" + value
							+ "', which is not a number of milliseconds; set WRITE_DELAY=0.");
				}
			}
		}
		return OptionalLong.empty();
	}

}
