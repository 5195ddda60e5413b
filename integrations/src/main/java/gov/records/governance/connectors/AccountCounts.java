package gov.records.governance.connectors;

/** How many accounts are active, pending (invited, awaiting approval) and suspended. */
public record AccountCounts(long active, long pending, long suspended) {

	public static final AccountCounts NONE = new AccountCounts(0, 0, 0);

	public long total() {
		return this.active + this.pending + this.suspended;
	}

	public AccountCounts plus(AccountCounts other) {
		return new AccountCounts(this.active + other.active, this.pending + other.pending,
				this.suspended + other.suspended);
	}

}
