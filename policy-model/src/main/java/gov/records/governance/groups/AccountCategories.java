package gov.records.governance.groups;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every account's role category, for {@link MembershipScan}: read through the index on
 * (role category, id), which covers the read, and kept as one sorted array of id and
 * category packed into a long, looked up by binary search. A map of 250,000 boxed ids
 * cost more to build and to collect than reading them.
 */
final class AccountCategories {

	private static final RoleCategory[] CATEGORIES = RoleCategory.values();

	/** Bits of a packed entry that hold the category's ordinal. */
	private static final int CATEGORY_BITS = 8;

	private final long[] packed;

	private AccountCategories(long[] packed) {
		this.packed = packed;
	}

	static AccountCategories read(JdbcTemplate jdbc) {
		long[][] entries = { new long[1024] };
		int[] size = { 0 };
		jdbc.query("select role_category, id from account order by role_category, id", (java.sql.ResultSet rs) -> {
			if (size[0] == entries[0].length) {
				entries[0] = Arrays.copyOf(entries[0], entries[0].length * 2);
			}
			entries[0][size[0]++] = (rs.getLong(2) << CATEGORY_BITS) | RoleCategory.valueOf(rs.getString(1)).ordinal();
		});
		long[] packed = Arrays.copyOf(entries[0], size[0]);
		Arrays.sort(packed);
		return new AccountCategories(packed);
	}

	/** The account's category, or null if there is no such account. */
	@Nullable RoleCategory of(long account) {
		int low = 0;
		int high = this.packed.length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			long id = this.packed[middle] >> CATEGORY_BITS;
			if (id < account) {
				low = middle + 1;
			}
			else if (id > account) {
				high = middle - 1;
			}
			else {
				return CATEGORIES[(int) (this.packed[middle] & ((1 << CATEGORY_BITS) - 1))];
			}
		}
		return null;
	}

}
