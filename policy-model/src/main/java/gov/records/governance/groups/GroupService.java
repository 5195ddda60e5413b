package gov.records.governance.groups;

import gov.records.governance.access.AppRoles;
import gov.records.governance.groups.domain.Account;
import gov.records.governance.groups.domain.Accounts;
import gov.records.governance.groups.domain.DeletionPolicyVersion;
import gov.records.governance.groups.domain.DeletionPolicyVersions;
import gov.records.governance.groups.domain.MessagingGroup;
import gov.records.governance.groups.domain.MessagingGroups;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads messaging groups, their accounts and their settings history, always within the
 * current user's organization scope: a group outside it is reported as not found, exactly
 * like a group that does not exist.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.ANY_ROLE)
public class GroupService {

	private final GroupListQuery listQuery;

	private final MessagingGroups groups;

	private final Accounts accounts;

	private final DeletionPolicyVersions versions;

	private final OrganizationService organizations;

	GroupService(GroupListQuery listQuery, MessagingGroups groups, Accounts accounts, DeletionPolicyVersions versions,
			OrganizationService organizations) {
		this.listQuery = listQuery;
		this.groups = groups;
		this.accounts = accounts;
		this.versions = versions;
		this.organizations = organizations;
	}

	/** One page of groups matching the filter, sorted in the database. */
	public List<GroupRow> list(GroupFilter filter, Pageable pageable) {
		GroupListQuery.Scope scope = scopeFor(filter);
		return scope.ranges().isEmpty() ? List.of() : this.listQuery.page(filter, scope, pageable);
	}

	/**
	 * One page of groups matching the filter with the settings that were in force at a
	 * past moment, from the kept history (issue 14, build 4; DD066). Groups that had no
	 * version yet are left out. The attention conditions describe the present and are not
	 * combined with a past moment.
	 */
	public List<GroupRow> listInForceAt(GroupFilter filter, Instant at, Pageable pageable) {
		GroupListQuery.Scope scope = scopeFor(filter);
		return scope.ranges().isEmpty() ? List.of()
				: this.listQuery.page(filter.withAttention(null), scope, pageable, at);
	}

	/** How many groups match the filter with the settings in force at a past moment. */
	public long countInForceAt(GroupFilter filter, Instant at) {
		GroupListQuery.Scope scope = scopeFor(filter);
		return scope.ranges().isEmpty() ? 0 : this.listQuery.count(filter.withAttention(null), scope, at);
	}

	/** How many groups match the filter. */
	public long count(GroupFilter filter) {
		GroupListQuery.Scope scope = scopeFor(filter);
		return scope.ranges().isEmpty() ? 0 : this.listQuery.count(filter, scope);
	}

	/**
	 * The group with its organization path; empty if it does not exist or is out of
	 * scope.
	 */
	public Optional<GroupDetails> details(long groupId) {
		return visibleGroup(groupId).flatMap((group) -> this.listQuery.byId(groupId).map((row) -> {
			List<OrganizationNode> path = this.organizations.fullTree().path(group.getOrganizationId());
			return new GroupDetails(row, path, this.accounts.countMembersOf(groupId), group.getCreatedAt(),
					group.getVersion());
		}));
	}

	/**
	 * A page of the group's accounts, by display name; empty if the group is not visible.
	 */
	public List<AccountRow> accounts(long groupId, Pageable pageable) {
		if (visibleGroup(groupId).isEmpty()) {
			return List.of();
		}
		Sort sort = pageable.getSort().and(Sort.by("displayName", "id"));
		Pageable page = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
				: Pageable.unpaged(sort);
		return this.accounts.findMembersOf(groupId, page).stream().map(GroupService::toRow).toList();
	}

	/**
	 * Accounts in the user's scope whose name contains the text, by name (for pickers).
	 */
	public List<AccountRow> searchAccounts(String text, Pageable pageable) {
		List<Long> orgs = List.copyOf(this.organizations.currentScope().organizationIds());
		if (orgs.isEmpty()) {
			return List.of();
		}
		String pattern = GroupListQuery.namePattern(GroupFilter.none().withNameContains(text));
		Pageable page = pageable.isPaged()
				? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("displayName", "id"))
				: Pageable.unpaged(Sort.by("displayName", "id"));
		return this.accounts.search(orgs, (pattern != null) ? pattern : "%", page)
			.stream()
			.map(GroupService::toRow)
			.toList();
	}

	/**
	 * Every version of the group's deletion settings, newest first; empty if not visible.
	 */
	public List<PolicyVersionRow> history(long groupId) {
		if (visibleGroup(groupId).isEmpty()) {
			return List.of();
		}
		return this.versions.findByGroupIdOrderByValidFromDesc(groupId).stream().map(GroupService::toRow).toList();
	}

	/**
	 * The settings in force on the group at a moment; empty before its first version or
	 * if not visible.
	 */
	public Optional<PolicyVersionRow> settingsAt(long groupId, java.time.Instant at) {
		if (visibleGroup(groupId).isEmpty()) {
			return Optional.empty();
		}
		return this.versions.findInForceAt(groupId, at).map(GroupService::toRow);
	}

	/**
	 * Whether the group exists and is in the user's scope: one read by primary key, for
	 * callers that need no more than that (the API's history and settings-at reads, which
	 * read the full {@link #details} only to refuse an invisible group before; issue 12
	 * Build 6).
	 */
	public boolean isVisible(long groupId) {
		return visibleGroup(groupId).isPresent();
	}

	private Optional<MessagingGroup> visibleGroup(long groupId) {
		return this.groups.findById(groupId)
			.filter((group) -> this.organizations.currentScope().contains(group.getOrganizationId()));
	}

	private GroupListQuery.Scope scopeFor(GroupFilter filter) {
		Long org = filter.organizationId();
		List<TreeRange> ranges = (org != null) ? this.organizations.visibleRanges(org)
				: this.organizations.currentScopeRanges();
		return new GroupListQuery.Scope(ranges, this.organizations.fullTree().coversEverything(ranges));
	}

	private static AccountRow toRow(Account a) {
		return new AccountRow(Objects.requireNonNull(a.getId()), a.getExternalId(), a.getDisplayName(),
				a.getPositionTitle(), a.getRoleCategory(), a.isOfficial(), a.getStatus());
	}

	private static PolicyVersionRow toRow(DeletionPolicyVersion v) {
		return new PolicyVersionRow(Objects.requireNonNull(v.getId()), v.settings(), v.getValidFrom(), v.getValidTo(),
				v.getChangedBy(), v.getReason(), v.getRequestedBy(), v.getApprovedBy());
	}

}
