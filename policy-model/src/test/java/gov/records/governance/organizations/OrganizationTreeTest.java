package gov.records.governance.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationTreeTest {

	/** 1 ─┬─ 2 ─┬─ 4 ; 1 ─┴─ 3 ── 6 ; 2 ─┴─ 5 (siblings numbered by name). */
	private final OrganizationTree tree = numbered(
			List.of(node(1, null, 0), node(2, 1L, 1), node(3, 1L, 1), node(4, 2L, 2), node(5, 2L, 2), node(6, 3L, 2)));

	@Test
	void subtreeContainsTheNodeAndEverythingBelow() {
		assertThat(this.tree.subtreeIds(2)).containsExactlyInAnyOrder(2L, 4L, 5L);
		assertThat(this.tree.subtreeIds(1)).hasSize(6);
		assertThat(this.tree.subtreeIds(6)).containsExactly(6L);
	}

	@Test
	void unknownNodeHasAnEmptySubtree() {
		assertThat(this.tree.subtreeIds(99)).isEmpty();
		assertThat(this.tree.rangesWithin(99, Set.of(1L))).isEmpty();
	}

	@Test
	void pathRunsFromTheRootDown() {
		assertThat(this.tree.path(5)).extracting(OrganizationNode::id).containsExactly(1L, 2L, 5L);
	}

	@Test
	void nodesWhoseParentIsMissingBecomeRoots() {
		OrganizationTree partial = new OrganizationTree(List.of(node(2, 1L, 1), node(4, 2L, 2)));
		assertThat(partial.roots()).extracting(OrganizationNode::id).containsExactly(2L);
		assertThat(partial.children(2)).extracting(OrganizationNode::id).containsExactly(4L);
	}

	@Test
	void nestedSetNumbersNestExactlyLikeTheTree() {
		Map<Long, TreeRange> numbers = this.tree.numbering();
		assertThat(numbers.get(1L)).isEqualTo(new TreeRange(1, 12));
		assertThat(numbers.get(2L)).isEqualTo(new TreeRange(2, 7));
		assertThat(numbers.get(4L)).isEqualTo(new TreeRange(3, 4));
		for (long id = 1; id <= 6; id++) {
			for (long other = 1; other <= 6; other++) {
				boolean below = this.tree.subtreeIds(id).contains(other);
				assertThat(numbers.get(id).contains(numbers.get(other))).as("%s contains %s", id, other)
					.isEqualTo(below);
			}
		}
	}

	@Test
	void rangesIntersectAnOrganizationWithTheUsersSubtrees() {
		TreeRange two = this.tree.find(2).orElseThrow().range();
		TreeRange five = this.tree.find(5).orElseThrow().range();
		TreeRange six = this.tree.find(6).orElseThrow().range();
		assertThat(this.tree.rangesWithin(1, Set.of(2L))).containsExactly(two);
		assertThat(this.tree.rangesWithin(5, Set.of(2L))).containsExactly(five);
		assertThat(this.tree.rangesWithin(3, Set.of(2L))).isEmpty();
		assertThat(this.tree.rangesWithin(1, Set.of(5L, 6L))).containsExactly(five, six);
		assertThat(this.tree.ranges(Set.of(1L, 2L))).containsExactly(this.tree.find(1).orElseThrow().range());
	}

	private static OrganizationTree numbered(List<OrganizationNode> nodes) {
		Map<Long, TreeRange> numbers = new OrganizationTree(nodes).numbering();
		return new OrganizationTree(nodes.stream()
			.map((n) -> new OrganizationNode(n.id(), n.parentId(), n.code(), n.name(), n.kind(), n.depth(),
					numbers.get(n.id())))
			.toList());
	}

	private static OrganizationNode node(long id, Long parent, int depth) {
		return new OrganizationNode(id, parent, "C" + id, "Org " + id, OrganizationKind.values()[depth], depth,
				new TreeRange(0, 0));
	}

}
