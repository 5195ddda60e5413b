package gov.records.governance.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * A caller waiting for its event to be committed by a group commit (DD064): the event,
 * prepared in the caller's thread (its actor, scope and client address belong to that
 * thread), and the answer, given only once the batch that carried it is on disk or has
 * failed.
 */
final class AuditWaiter {

	final String actor;

	final @Nullable String role;

	final @Nullable String scope;

	final String address;

	final AuditEntry entry;

	/**
	 * Set under the append lock when a batch takes the event; read by the waiter without
	 * it.
	 */
	private volatile boolean claimed;

	private final CompletableFuture<AuditRecord> answer = new CompletableFuture<>();

	AuditWaiter(String actor, @Nullable String role, @Nullable String scope, String address, AuditEntry entry) {
		this.actor = actor;
		this.role = role;
		this.scope = scope;
		this.address = address;
		this.entry = entry;
	}

	boolean claimed() {
		return this.claimed;
	}

	void claim() {
		this.claimed = true;
	}

	/**
	 * The event as its batch committed it, not yet answered (set under the append lock).
	 */
	private volatile @Nullable AuditRecord committed;

	void committed(AuditRecord record) {
		this.committed = record;
	}

	/** Answers the waiter with its committed event, once that is on disk. */
	void answer() {
		AuditRecord record = this.committed;
		if (record == null) {
			this.answer.completeExceptionally(new IllegalStateException("The audit event was not committed."));
		}
		else {
			this.answer.complete(record);
		}
	}

	void failed(RuntimeException cause) {
		this.answer.completeExceptionally(cause);
	}

	/** The saved event, or the batch's failure, rethrown in the waiter's thread. */
	AuditRecord await() {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return this.answer.get();
				}
				catch (InterruptedException ex) {
					// the batch is already running: its outcome is what the caller must
					// hear
					interrupted = true;
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof RuntimeException failure) {
						throw failure;
					}
					throw new IllegalStateException("The audit event could not be saved.", ex.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
