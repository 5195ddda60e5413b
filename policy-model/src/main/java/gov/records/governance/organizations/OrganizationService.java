package gov.records.governance.organizations;

import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.access.ScopeGrant;
import gov.records.governance.organizations.domain.Organization;
import gov.records.governance.organizations.domain.Organizations;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organization tree and resolves the current user's organization scope. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

	private final Organizations organizations;

	private final AccessService access;

	OrganizationService(Organizations organizations, AccessService access) {
		this.organizations = organizations;
		this.access = access;
	}

	/** The whole tree, unfiltered: for other services that apply the scope themselves. */
	public OrganizationTree fullTree() {
		return new OrganizationTree(this.organizations.findAllByOrderByDepthAscNameAsc()
			.stream()
			.map(OrganizationService::toNode)
			.toList());
	}

	/**
	 * The organizations the current user may see, as a tree rooted at the user's grants.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public OrganizationTree visibleTree() {
		OrganizationTree full = fullTree();
		Set<Long> visible = scopeWithin(full).organizationIds();
		return new OrganizationTree(full.all().stream().filter((node) -> visible.contains(node.id())).toList());
	}

	/** The current user's scope: the union of the subtrees under the user's grants. */
	public OrganizationScope currentScope() {
		return scopeWithin(fullTree());
	}

	/**
	 * The ids of an organization's subtree that the current user may see; empty when the
	 * organization is unknown or outside the scope.
	 */
	public Set<Long> visibleSubtree(long organizationId) {
		OrganizationTree tree = fullTree();
		OrganizationScope scope = scopeWithin(tree);
		Set<Long> subtree = new HashSet<>(tree.subtreeIds(organizationId));
		subtree.retainAll(scope.organizationIds());
		return subtree;
	}

	private OrganizationScope scopeWithin(OrganizationTree tree) {
		ScopeGrant grant = this.access.currentGrant();
		Set<Long> ids = new HashSet<>();
		for (long root : grant.rootOrganizationIds()) {
			ids.addAll(tree.subtreeIds(root));
		}
		return new OrganizationScope(ids);
	}

	static OrganizationNode toNode(Organization org) {
		return new OrganizationNode(Objects.requireNonNull(org.getId()), org.getParentId(), org.getCode(),
				org.getName(), org.getKind(), org.getDepth());
	}

}
