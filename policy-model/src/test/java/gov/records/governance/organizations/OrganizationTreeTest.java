package gov.records.governance.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTreeTest {

	private final OrganizationTree tree = new OrganizationTree(
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

	private static OrganizationNode node(long id, Long parent, int depth) {
		return new OrganizationNode(id, parent, "C" + id, "Org " + id, OrganizationKind.values()[depth], depth);
	}

}
