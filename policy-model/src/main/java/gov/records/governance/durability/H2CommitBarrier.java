package gov.records.governance.durability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded H2 file database's commits, made durable one by one (DD016, DD056). H2's
 * MVStore writes a commit when its own store operation runs, and with
 * {@code WRITE_DELAY=0} each commit runs one; but a store that another thread has begun
 * may have read some tables before this commit's changes and others after, and this
 * commit's own store is then skipped as "already done" (H2 issue 2080): the commit is
 * acknowledged, visible, and lost if the process dies before the next store. The crash
 * suite saw exactly that: a report's request and its audit event gone after a kill, with
 * a checkpoint already signed over them.
 * <p>
 * The console's transaction manager ({@link DurableTransactions}) therefore follows each
 * commit with H2's {@code CHECKPOINT}, which waits for a store in progress and then
 * stores whatever is still unsaved: a store that starts after this commit finished holds
 * all of it. Only then does the commit return, so "saved" means written to the file (the
 * operating system's cache; DD016 says what that does not cover).
 */
final class H2CommitBarrier {

	/** H2's statement that stores everything unsaved, after any store in progress. */
	static final String CHECKPOINT = "CHECKPOINT";

	private H2CommitBarrier() {
	}

	/**
	 * Stores everything H2 holds unsaved, on {@code connection}. Twice: H2's own store
	 * skips itself when another store finished while it waited for the store lock, and
	 * the first call may have waited for a store that began before the caller's commit
	 * finished (and so may lack part of it); the second either stores itself or was
	 * overtaken by a store that began after the first returned, which holds everything.
	 */
	static void awaitStored(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(CHECKPOINT);
			statement.execute(CHECKPOINT);
		}
	}

}
