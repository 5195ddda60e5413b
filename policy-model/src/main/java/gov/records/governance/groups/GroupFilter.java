package gov.records.governance.groups;

import org.jspecify.annotations.Nullable;

/**
 * What the Groups list is filtered by; every part is optional. {@code nameContains} is
 * plain text: it is matched case-insensitively as a substring, never interpreted as SQL
 * or a pattern.
 */
public record GroupFilter(@Nullable Long organizationId, @Nullable Long platformId, @Nullable Boolean autoDelete,
		@Nullable String nameContains) {

	public static GroupFilter none() {
		return new GroupFilter(null, null, null, null);
	}

	public GroupFilter withOrganization(@Nullable Long id) {
		return new GroupFilter(id, this.platformId, this.autoDelete, this.nameContains);
	}

	public GroupFilter withPlatform(@Nullable Long id) {
		return new GroupFilter(this.organizationId, id, this.autoDelete, this.nameContains);
	}

	public GroupFilter withAutoDelete(@Nullable Boolean on) {
		return new GroupFilter(this.organizationId, this.platformId, on, this.nameContains);
	}

	public GroupFilter withNameContains(@Nullable String text) {
		return new GroupFilter(this.organizationId, this.platformId, this.autoDelete, text);
	}

}
