package gov.records.governance.holds.domain;

import gov.records.governance.holds.HoldScopeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One entry of a hold's scope: an account, a group or an organization subtree. */
@Entity
@Table(name = "legal_hold_scope")
public class LegalHoldScope {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope_kind")
	private HoldScopeKind scopeKind;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "group_id")
	private @Nullable Long groupId;

	@Column(name = "organization_id")
	private @Nullable Long organizationId;

	protected LegalHoldScope() {
		this.scopeKind = HoldScopeKind.GROUP;
	}

	private LegalHoldScope(HoldScopeKind kind, @Nullable Long accountId, @Nullable Long groupId,
			@Nullable Long organizationId) {
		this.scopeKind = kind;
		this.accountId = accountId;
		this.groupId = groupId;
		this.organizationId = organizationId;
	}

	public static LegalHoldScope account(long id) {
		return new LegalHoldScope(HoldScopeKind.ACCOUNT, id, null, null);
	}

	public static LegalHoldScope group(long id) {
		return new LegalHoldScope(HoldScopeKind.GROUP, null, id, null);
	}

	public static LegalHoldScope organization(long id) {
		return new LegalHoldScope(HoldScopeKind.ORGANIZATION, null, null, id);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public HoldScopeKind getScopeKind() {
		return this.scopeKind;
	}

	public @Nullable Long getAccountId() {
		return this.accountId;
	}

	public @Nullable Long getGroupId() {
		return this.groupId;
	}

	public @Nullable Long getOrganizationId() {
		return this.organizationId;
	}

}
