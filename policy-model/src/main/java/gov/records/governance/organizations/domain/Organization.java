package gov.records.governance.organizations.domain;

import gov.records.governance.organizations.OrganizationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A node of the department tree; children refer to their parent by id. */
@Entity
@Table(name = "organization")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	private int depth;

	@Column(name = "tree_left")
	private int treeLeft;

	@Column(name = "tree_right")
	private int treeRight;

	protected Organization() {
		this.code = "";
		this.name = "";
		this.kind = OrganizationKind.OFFICE;
	}

	public Organization(@Nullable Long parentId, String code, String name, OrganizationKind kind, int depth) {
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.depth = depth;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public int getDepth() {
		return this.depth;
	}

	public int getTreeLeft() {
		return this.treeLeft;
	}

	public int getTreeRight() {
		return this.treeRight;
	}

	/** Sets the nested-set numbers; returns whether they changed. */
	public boolean renumber(int left, int right) {
		boolean changed = this.treeLeft != left || this.treeRight != right;
		this.treeLeft = left;
		this.treeRight = right;
		return changed;
	}

}
