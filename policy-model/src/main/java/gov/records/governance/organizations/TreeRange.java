package gov.records.governance.organizations;

/**
 * A subtree as an interval of nested-set numbers: an organization belongs to it when its
 * own left number lies in [{@code from}, {@code to}].
 */
public record TreeRange(int from, int to) {

	public boolean contains(TreeRange other) {
		return this.from <= other.from && other.to <= this.to;
	}

}
