package gov.records.governance.groups.domain;

import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.RoleCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person's account on one platform, with the role category that decides its schedule.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "platform_id")
	private long platformId;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "external_id")
	private String externalId;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "position_title")
	private @Nullable String positionTitle;

	@Enumerated(EnumType.STRING)
	@Column(name = "role_category")
	private RoleCategory roleCategory;

	private boolean official;

	@Enumerated(EnumType.STRING)
	private AccountStatus status;

	protected Account() {
		this.externalId = "";
		this.displayName = "";
		this.roleCategory = RoleCategory.GENERAL;
		this.status = AccountStatus.ACTIVE;
	}

	public Account(long platformId, long organizationId, String externalId, String displayName,
			@Nullable String positionTitle, RoleCategory roleCategory, boolean official, AccountStatus status) {
		this.platformId = platformId;
		this.organizationId = organizationId;
		this.externalId = externalId;
		this.displayName = displayName;
		this.positionTitle = positionTitle;
		this.roleCategory = roleCategory;
		this.official = official;
		this.status = status;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getPlatformId() {
		return this.platformId;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public @Nullable String getPositionTitle() {
		return this.positionTitle;
	}

	public RoleCategory getRoleCategory() {
		return this.roleCategory;
	}

	public boolean isOfficial() {
		return this.official;
	}

	public AccountStatus getStatus() {
		return this.status;
	}

}
