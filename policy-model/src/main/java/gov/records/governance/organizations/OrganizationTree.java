package gov.records.governance.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

	/**
	 * The ranges covering {@code subtreeIds(organizationId)} intersected with the
	 * subtrees under {@code rootIds}; empty when they do not overlap. Nested-set ranges
	 * either nest or are disjoint, so the intersection is exact.
	 */
	public List<TreeRange> rangesWithin(long organizationId, Set<Long> rootIds) {
		OrganizationNode node = this.byId.get(organizationId);
		if (node == null) {
			return List.of();
		}
		List<TreeRange> ranges = new ArrayList<>();
		for (long rootId : rootIds) {
			OrganizationNode root = this.byId.get(rootId);
			if (root == null) {
				continue;
			}
			if (node.range().contains(root.range())) {
				ranges.add(root.range());
			}
			else if (root.range().contains(node.range())) {
				ranges.add(node.range());
			}
		}
		return outermost(ranges);
	}

	/** Whether the ranges together cover every organization of the tree. */
	public boolean coversEverything(List<TreeRange> ranges) {
		return this.byId.values()
			.stream()
			.allMatch((node) -> ranges.stream().anyMatch((range) -> range.contains(node.range())));
	}

	/**
	 * The ranges of the subtrees under {@code rootIds}, without ranges nested in others.
	 */
	public List<TreeRange> ranges(Set<Long> rootIds) {
		List<TreeRange> ranges = new ArrayList<>();
		for (long rootId : rootIds) {
			OrganizationNode root = this.byId.get(rootId);
			if (root != null) {
				ranges.add(root.range());
			}
		}
		return outermost(ranges);
	}

	/**
	 * Nested-set numbers for every node, depth first with siblings by name: the numbering
	 * the database stores in {@code tree_left} and {@code tree_right}.
	 */
	public Map<Long, TreeRange> numbering() {
		Map<Long, TreeRange> numbers = new HashMap<>();
		int[] counter = { 1 };
		for (OrganizationNode root : sortedByName(this.roots)) {
			number(root, numbers, counter);
		}
		return numbers;
	}

	private void number(OrganizationNode node, Map<Long, TreeRange> numbers, int[] counter) {
		int left = counter[0]++;
		for (OrganizationNode child : sortedByName(this.children.getOrDefault(node.id(), List.of()))) {
			number(child, numbers, counter);
		}
		numbers.put(node.id(), new TreeRange(left, counter[0]++));
	}

	private static List<OrganizationNode> sortedByName(List<OrganizationNode> nodes) {
		return nodes.stream()
			.sorted(Comparator.comparing(OrganizationNode::name).thenComparing(OrganizationNode::id))
			.toList();
	}

	private static List<TreeRange> outermost(List<TreeRange> ranges) {
		return ranges.stream()
			.distinct()
			.filter((range) -> ranges.stream().noneMatch((other) -> !other.equals(range) && other.contains(range)))
			.sorted(Comparator.comparingInt(TreeRange::from))
			.toList();
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

	/**
	 * The organization's name with the component it belongs to ("Operations · Federal
	 * Emergency Coordination Agency (FECA)"): every component has offices with the same
	 * names. A component or the department is named with its code alone.
	 */
	public String nameWithComponent(long id) {
		List<OrganizationNode> path = path(id);
		if (path.isEmpty()) {
			return "organization #" + id;
		}
		OrganizationNode self = path.getLast();
		return path.stream()
			.filter((n) -> n.kind() == OrganizationKind.COMPONENT && n.id() != self.id())
			.findFirst()
			.map((component) -> self.name() + " · " + component.label())
			.orElse(self.label());
	}

}
