package gov.records.governance;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.domain.ConsoleUserScope;
import gov.records.governance.access.domain.ConsoleUserScopes;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.groups.domain.Account;
import gov.records.governance.groups.domain.Accounts;
import gov.records.governance.groups.domain.DeletionPolicyVersion;
import gov.records.governance.groups.domain.DeletionPolicyVersions;
import gov.records.governance.groups.domain.MessagingGroup;
import gov.records.governance.groups.domain.MessagingGroups;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.domain.Organization;
import gov.records.governance.organizations.domain.Organizations;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.domain.Platform;
import gov.records.governance.platforms.domain.Platforms;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes small, explicit test data through the repositories. */
@TestComponent
public class ModelFixture {

	public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

	private final Organizations organizations;

	private final Platforms platforms;

	private final MessagingGroups groups;

	private final DeletionPolicyVersions versions;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final ConsoleUserScopes scopes;

	private final ObjectProvider<OrganizationService> organizationService;

	private final ObjectProvider<AccessService> accessService;

	private final ObjectProvider<PlatformService> platformService;

	ModelFixture(Organizations organizations, Platforms platforms, MessagingGroups groups,
			DeletionPolicyVersions versions, Accounts accounts, JdbcTemplate jdbc, ConsoleUserScopes scopes,
			ObjectProvider<OrganizationService> organizationService, ObjectProvider<AccessService> accessService,
			ObjectProvider<PlatformService> platformService) {
		this.platformService = platformService;
		this.organizationService = organizationService;
		this.accessService = accessService;
		this.organizations = organizations;
		this.platforms = platforms;
		this.groups = groups;
		this.versions = versions;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	public long organization(Long parent, String code, OrganizationKind kind) {
		int depth = kind.ordinal();
		long id = id(this.organizations.save(new Organization(parent, code, "Org " + code, kind, depth)).getId());
		this.organizationService.ifAvailable(OrganizationService::organizationsChanged);
		return id;
	}

	public long platform(String name, PlatformKind kind) {
		return platform(name, kind, true);
	}

	public long platform(String name, PlatformKind kind, boolean sanctioned) {
		long id = id(this.platforms.save(new Platform(name, kind, sanctioned, null, null, null, 300, null)).getId());
		this.platformService.ifAvailable(PlatformService::platformsChanged);
		return id;
	}

	/** A group with one current policy version valid from {@link #T0}. */
	public long group(long platform, long organization, String name, DeletionSettings settings) {
		long id = id(this.groups.save(new MessagingGroup(platform, organization, "ext-" + name, name, T0)).getId());
		this.versions.save(new DeletionPolicyVersion(id, settings, T0, "fixture", "initial", null));
		return id;
	}

	/** Closes the group's current version at {@code at} and appends the new settings. */
	public void change(long group, DeletionSettings settings, Instant at, String reason) {
		DeletionPolicyVersion current = this.versions.findByGroupIdAndValidToIsNull(group).orElseThrow();
		current.closeAt(at);
		this.versions.saveAndFlush(current);
		this.versions.saveAndFlush(new DeletionPolicyVersion(group, settings, at, "fixture", reason, null));
	}

	public long member(long group, long platform, long organization, String name, RoleCategory category) {
		long id = id(this.accounts
			.save(new Account(platform, organization, "acc-" + name, name, "Analyst", category, true,
					AccountStatus.ACTIVE))
			.getId());
		// memberships are written by SQL, as the demo data and the capstone tests do: no
		// production code saves the entity
		this.jdbc.update("insert into group_membership (group_id, account_id) values (?, ?)", group, id);
		return id;
	}

	public void bind(String username, long organization) {
		AccessService access = this.accessService.getIfAvailable();
		if (access != null) {
			access.bind(username, organization);
		}
		else {
			this.scopes.saveAndFlush(new ConsoleUserScope(username, organization));
		}
	}

	public static DeletionSettings kept() {
		return new DeletionSettings(false, null, null, 0, true);
	}

	public static DeletionSettings autoDelete(Duration lifetime, boolean capture) {
		return new DeletionSettings(true, lifetime, null, 20, capture);
	}

	private static long id(Long id) {
		return Objects.requireNonNull(id);
	}

}
