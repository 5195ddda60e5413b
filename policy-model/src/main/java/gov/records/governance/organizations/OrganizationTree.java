package gov.records.governance.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the organization tree with the lookups the features need:
 * children, subtrees and ancestors. Built once per request from a single query (the tree
 * has tens to hundreds of nodes, so this is cheaper than recursive SQL and works the same
 * on H2 and PostgreSQL).
 */
public final class OrganizationTree {

	private final Map<Long, OrganizationNode> byId;

	private final Map<Long, List<OrganizationNode>> children;

	private final List<OrganizationNode> roots;

	public OrganizationTree(Collection<OrganizationNode> nodes) {
		this.byId = new HashMap<>();
		this.children = new HashMap<>();
		this.roots = new ArrayList<>();
		for (OrganizationNode node : nodes) {
			this.byId.put(node.id(), node);
		}
		for (OrganizationNode node : nodes) {
			Long parent = node.parentId();
			if (parent == null || !this.byId.containsKey(parent)) {
				this.roots.add(node);
			}
			else {
				this.children.computeIfAbsent(parent, (id) -> new ArrayList<>()).add(node);
			}
		}
	}

	public List<OrganizationNode> roots() {
		return List.copyOf(this.roots);
	}

	public List<OrganizationNode> children(long id) {
		return List.copyOf(this.children.getOrDefault(id, List.of()));
	}

	public Optional<OrganizationNode> find(long id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public Collection<OrganizationNode> all() {
		return List.copyOf(this.byId.values());
	}

	/**
	 * The ids of the organization and everything below it; empty if it does not exist.
	 */
	public Set<Long> subtreeIds(long rootId) {
		Set<Long> ids = new LinkedHashSet<>();
		if (!this.byId.containsKey(rootId)) {
			return ids;
		}
		List<Long> pending = new ArrayList<>(List.of(rootId));
		while (!pending.isEmpty()) {
			long id = pending.removeLast();
			if (ids.add(id)) {
				for (OrganizationNode child : this.children.getOrDefault(id, List.of())) {
					pending.add(child.id());
				}
			}
		}
		return ids;
	}

	/** The path from the root down to the organization, both included. */
	public List<OrganizationNode> path(long id) {
		List<OrganizationNode> path = new ArrayList<>();
		OrganizationNode node = this.byId.get(id);
		while (node != null) {
			path.addFirst(node);
			Long parent = node.parentId();
			node = (parent != null) ? this.byId.get(parent) : null;
		}
		return path;
	}

}
