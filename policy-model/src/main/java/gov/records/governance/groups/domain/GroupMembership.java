package gov.records.governance.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An account's membership of a group. */
@Entity
@Table(name = "group_membership")
@IdClass(GroupMembership.Key.class)
public class GroupMembership {

	@Id
	@Column(name = "group_id")
	private long groupId;

	@Id
	@Column(name = "account_id")
	private long accountId;

	protected GroupMembership() {
	}

	public GroupMembership(long groupId, long accountId) {
		this.groupId = groupId;
		this.accountId = accountId;
	}

	public long getGroupId() {
		return this.groupId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	/** Composite key of a membership. */
	public record Key(long groupId, long accountId) implements Serializable {

		public Key() {
			this(0, 0);
		}

	}

}
