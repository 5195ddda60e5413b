package gov.records.governance.organizations;

import org.jspecify.annotations.Nullable;

/** One organization of the tree, as the views and other features see it. */
public record OrganizationNode(long id, @Nullable Long parentId, String code, String name, OrganizationKind kind,
		int depth, TreeRange range) {

	/** The name with its code, as lists show it: "Office of the Secretary (OS)". */
	public String label() {
		return this.name + " (" + this.code + ")";
	}

}
