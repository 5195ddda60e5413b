package gov.records.governance.platforms.domain;

import gov.records.governance.platforms.PlatformKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One messaging backend instance with its connection settings. */
@Entity
@Table(name = "platform")
public class Platform {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private PlatformKind kind;

	private boolean sanctioned;

	@Column(name = "base_url")
	private @Nullable String baseUrl;

	@Column(name = "external_id")
	private @Nullable String externalId;

	@Column(name = "credential_ref")
	private @Nullable String credentialRef;

	@Column(name = "sync_interval_seconds")
	private int syncIntervalSeconds;

	private @Nullable String description;

	private @Nullable String region;

	@Column(name = "request_timeout_seconds")
	private int requestTimeoutSeconds = 30;

	@Column(name = "auto_remediate")
	private boolean autoRemediate;

	@Column(name = "default_retention_days")
	private @Nullable Integer defaultRetentionDays;

	protected Platform() {
		this.name = "";
		this.kind = PlatformKind.OTHER;
	}

	public Platform(String name, PlatformKind kind, boolean sanctioned, @Nullable String baseUrl,
			@Nullable String externalId, @Nullable String credentialRef, int syncIntervalSeconds,
			@Nullable String description) {
		this.name = name;
		this.kind = kind;
		this.sanctioned = sanctioned;
		this.baseUrl = baseUrl;
		this.externalId = externalId;
		this.credentialRef = credentialRef;
		this.syncIntervalSeconds = syncIntervalSeconds;
		this.description = description;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public PlatformKind getKind() {
		return this.kind;
	}

	public boolean isSanctioned() {
		return this.sanctioned;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public @Nullable String getExternalId() {
		return this.externalId;
	}

	public @Nullable String getCredentialRef() {
		return this.credentialRef;
	}

	public int getSyncIntervalSeconds() {
		return this.syncIntervalSeconds;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	/** The AWS region of a Wickr network's Admin API (null: the console's default). */
	public @Nullable String getRegion() {
		return this.region;
	}

	public int getRequestTimeoutSeconds() {
		return this.requestTimeoutSeconds;
	}

	/** Whether drift is remediated by pushing the governed settings back. */
	public boolean isAutoRemediate() {
		return this.autoRemediate;
	}

	public void setAutoRemediate(boolean autoRemediate) {
		this.autoRemediate = autoRemediate;
	}

	/**
	 * The retention a conversation without a policy of its own follows, in days (-1 keeps
	 * forever; null: not configured), for platforms whose API does not expose it (Slack's
	 * org or workspace default, DD060).
	 */
	public @Nullable Integer getDefaultRetentionDays() {
		return this.defaultRetentionDays;
	}

	public void setDefaultRetentionDays(@Nullable Integer defaultRetentionDays) {
		this.defaultRetentionDays = defaultRetentionDays;
	}

}
