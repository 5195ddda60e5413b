package gov.records.governance.durability;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Everything this reader can see is on disk": what a signer calls before it vouches for
 * what it read (a checkpoint over the audit log, DD017). A commit becomes visible to
 * others a moment before {@link H2CommitBarrier} has stored it, so a checkpoint signed
 * over a just-committed event could otherwise outlive the event. On H2 file databases it
 * runs {@code CHECKPOINT} on the caller's connection (stored after any store in
 * progress); PostgreSQL shows a commit only once its WAL is flushed, so there it does
 * nothing.
 */
@Component
public class DurabilityBarrier {

	private final JdbcTemplate jdbc;

	private final boolean h2File;

	@Autowired
	DurabilityBarrier(JdbcTemplate jdbc, Environment environment) {
		this(jdbc, isH2File(environment.getProperty("spring.datasource.url")));
	}

	DurabilityBarrier(JdbcTemplate jdbc, boolean h2File) {
		this.jdbc = jdbc;
		this.h2File = h2File;
	}

	/** Whether {@code url} names an H2 file database (the embedded default). */
	public static boolean isH2File(@Nullable String url) {
		return url != null && H2Url.isH2(url) && new H2Url(url).file().isPresent();
	}

	/**
	 * Stores everything H2 holds unsaved, on the connection {@code jdbc} uses (for
	 * commits made outside the console's transaction manager, DD056).
	 */
	public static void awaitStored(JdbcTemplate jdbc) {
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			H2CommitBarrier.awaitStored(connection);
			return null;
		});
	}

	/** Returns once everything committed so far is stored. */
	public void awaitDurable() {
		if (this.h2File) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				H2CommitBarrier.awaitStored(connection);
				return null;
			});
		}
	}

}
