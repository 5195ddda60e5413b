package gov.records.governance.groups;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the Groups list is filtered by; every part is optional. {@code nameContains} is
 * plain text: it is matched case-insensitively as a substring, never interpreted as SQL
 * or a pattern. {@code capture} filters on the configured capture setting and
 * {@code attention} on what needs an administrator (the dashboard's drill-downs and the
 * administrator's queue, DD058).
 */
public record GroupFilter(@Nullable Long organizationId, @Nullable Long platformId, @Nullable Boolean autoDelete,
		@Nullable String nameContains, @Nullable Boolean capture, @Nullable Attention attention) {

	/**
	 * The filter as the audit log names a bulk change's target: only the parts that are
	 * set, at most 100 characters (the audit target's width), for example
	 * {@code "organization=4;platform=2;name=ops"}.
	 */
	public String auditTarget() {
		StringBuilder text = new StringBuilder();
		part(text, "organization", this.organizationId);
		part(text, "platform", this.platformId);
		part(text, "autoDelete", this.autoDelete);
		part(text, "capture", this.capture);
		part(text, "attention", this.attention);
		part(text, "name", this.nameContains);
		String id = text.isEmpty() ? "all" : text.toString();
		return (id.length() <= 100) ? id : id.substring(0, 99) + "…";
	}

	private static void part(StringBuilder text, String name, @Nullable Object value) {
		if (value != null) {
			text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(value);
		}
	}

	/** What a group may need an administrator for. */
	public enum Attention {

		/** An open critical or high finding on the group. */
		NON_COMPLIANT("Non-compliant"),
		/**
		 * An open drift finding: the backend's live settings differ from the governed
		 * ones.
		 */
		DRIFTED("Drifted"),
		/**
		 * An active legal hold reaches the group (itself, its organization or a member).
		 */
		ON_HOLD("On hold"),
		/** A push of a change to the backend failed for good. */
		FAILED_PUSH("Failed push");

		private final String label;

		Attention(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** The value as the address writes it: "non-compliant", "on-hold". */
		public String parameter() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Attention> fromParameter(@Nullable String text) {
			for (Attention a : values()) {
				if (a.parameter().equalsIgnoreCase((text != null) ? text.strip() : "")) {
					return Optional.of(a);
				}
			}
			return Optional.empty();
		}

	}

	public GroupFilter(@Nullable Long organizationId, @Nullable Long platformId, @Nullable Boolean autoDelete,
			@Nullable String nameContains) {
		this(organizationId, platformId, autoDelete, nameContains, null, null);
	}

	public static GroupFilter none() {
		return new GroupFilter(null, null, null, null, null, null);
	}

	public GroupFilter withOrganization(@Nullable Long id) {
		return new GroupFilter(id, this.platformId, this.autoDelete, this.nameContains, this.capture, this.attention);
	}

	public GroupFilter withPlatform(@Nullable Long id) {
		return new GroupFilter(this.organizationId, id, this.autoDelete, this.nameContains, this.capture,
				this.attention);
	}

	public GroupFilter withAutoDelete(@Nullable Boolean on) {
		return new GroupFilter(this.organizationId, this.platformId, on, this.nameContains, this.capture,
				this.attention);
	}

	public GroupFilter withNameContains(@Nullable String text) {
		return new GroupFilter(this.organizationId, this.platformId, this.autoDelete, text, this.capture,
				this.attention);
	}

	public GroupFilter withCapture(@Nullable Boolean on) {
		return new GroupFilter(this.organizationId, this.platformId, this.autoDelete, this.nameContains, on,
				this.attention);
	}

	public GroupFilter withAttention(@Nullable Attention value) {
		return new GroupFilter(this.organizationId, this.platformId, this.autoDelete, this.nameContains, this.capture,
				value);
	}

}
