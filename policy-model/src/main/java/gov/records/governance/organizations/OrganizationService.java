package gov.records.governance.organizations;

import gov.records.governance.shared.RecentValues;
import gov.records.governance.access.AccessService;
import gov.records.governance.access.AppRoles;
import gov.records.governance.access.ScopeGrant;
import gov.records.governance.organizations.domain.Organization;
import gov.records.governance.organizations.domain.Organizations;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organization tree and resolves the current user's organization scope. The
 * tree is small and read on every scoped query, so it is kept in memory for a short while
 * (see {@link #organizationsChanged()}).
 */
@Service
public class OrganizationService {

	static final int TREE_TTL_SECONDS = 30;

	private final Organizations organizations;

	private final AccessService access;

	/**
	 * The tree is read on every scoped query, often inside a transaction: kept briefly,
	 * read again in the background, and no caller waits for another's read (DD077).
	 */
	private final RecentValues<Boolean, OrganizationTree> tree = RecentValues.of("the organization tree",
			Duration.ofSeconds(TREE_TTL_SECONDS), Duration.ofMinutes(5));

	OrganizationService(Organizations organizations, AccessService access) {
		this.organizations = organizations;
		this.access = access;
	}

	/** The whole tree, unfiltered: for other services that apply the scope themselves. */
	public OrganizationTree fullTree() {
		return this.tree.get(Boolean.TRUE, this::loadTree);
	}

	/**
	 * The organizations the current user may see, as a tree rooted at the user's grants.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public OrganizationTree visibleTree() {
		OrganizationTree full = fullTree();
		Set<Long> visible = currentScope().organizationIds();
		return new OrganizationTree(full.all().stream().filter((node) -> visible.contains(node.id())).toList());
	}

	/** The current user's scope: the union of the subtrees under the user's grants. */
	public OrganizationScope currentScope() {
		OrganizationTree full = fullTree();
		Set<Long> ids = new HashSet<>();
		for (long root : grant().rootOrganizationIds()) {
			ids.addAll(full.subtreeIds(root));
		}
		return new OrganizationScope(ids);
	}

	/** The current user's scope as nested-set ranges: what scoped queries filter by. */
	public List<TreeRange> currentScopeRanges() {
		return fullTree().ranges(grant().rootOrganizationIds());
	}

	/**
	 * The part of an organization's subtree the current user may see, as ranges; empty
	 * when the organization is unknown or outside the scope.
	 */
	public List<TreeRange> visibleRanges(long organizationId) {
		return fullTree().rangesWithin(organizationId, grant().rootOrganizationIds());
	}

	/**
	 * Whoever writes organizations calls this afterwards: it renumbers the nested-set
	 * columns and forgets the cached tree. Other instances read the tree again at its
	 * first use after {@value #TREE_TTL_SECONDS} seconds and see the change once that
	 * read lands.
	 */
	@Transactional
	public void organizationsChanged() {
		List<Organization> all = this.organizations.findAll();
		Map<Long, TreeRange> numbers = new OrganizationTree(all.stream().map(OrganizationService::toNode).toList())
			.numbering();
		for (Organization org : all) {
			TreeRange range = numbers.get(org.getId());
			if (range != null && org.renumber(range.from(), range.to())) {
				this.organizations.save(org);
			}
		}
		this.organizations.flush();
		this.tree.forgetAll();
	}

	private ScopeGrant grant() {
		return this.access.currentGrant();
	}

	private OrganizationTree loadTree() {
		return new OrganizationTree(this.organizations.findAllByOrderByDepthAscNameAsc()
			.stream()
			.map(OrganizationService::toNode)
			.toList());
	}

	static OrganizationNode toNode(Organization org) {
		return new OrganizationNode(Objects.requireNonNull(org.getId()), org.getParentId(), org.getCode(),
				org.getName(), org.getKind(), org.getDepth(), new TreeRange(org.getTreeLeft(), org.getTreeRight()));
	}

}
