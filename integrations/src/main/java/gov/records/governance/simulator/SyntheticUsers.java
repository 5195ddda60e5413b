package gov.records.governance.simulator;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.groups.AccountStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Users generated on demand from each group's account counts: user {@code i} is found by
 * a binary search over the running totals, so 250,000 users cost a few arrays, not
 * 250,000 objects. Within a group, active users come first, then pending, then suspended.
 */
final class SyntheticUsers {

	/** One generated user: its number, group and status. */
	record User(long number, String groupId, AccountStatus status) {

	}

	private final List<String> groupIds = new ArrayList<>();

	private final List<AccountCounts> counts = new ArrayList<>();

	/** Running totals: ends[i] is the number of users in groups 0..i (first n used). */
	private long[] ends = new long[16];

	private int n;

	private AccountCounts totals = AccountCounts.NONE;

	void add(String groupId, AccountCounts accounts) {
		this.groupIds.add(groupId);
		this.counts.add(accounts);
		if (this.n == this.ends.length) {
			this.ends = Arrays.copyOf(this.ends, this.n * 2);
		}
		this.ends[this.n] = size() + accounts.total();
		this.n++;
		this.totals = this.totals.plus(accounts);
	}

	long size() {
		return (this.n == 0) ? 0 : this.ends[this.n - 1];
	}

	/** How many users are active, pending and suspended in all. */
	AccountCounts totals() {
		return this.totals;
	}

	User get(long index) {
		int found = Arrays.binarySearch(this.ends, 0, this.n, index + 1);
		int group = (found >= 0) ? found : -found - 1;
		while (group > 0 && this.ends[group - 1] > index) {
			group--;
		}
		long start = (group == 0) ? 0 : this.ends[group - 1];
		long within = index - start;
		AccountCounts accounts = this.counts.get(group);
		AccountStatus status = (within < accounts.active()) ? AccountStatus.ACTIVE
				: (within < accounts.active() + accounts.pending()) ? AccountStatus.PENDING : AccountStatus.SUSPENDED;
		return new User(index + 1, this.groupIds.get(group), status);
	}

}
