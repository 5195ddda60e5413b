package gov.records.governance.settings.domain;

import gov.records.governance.groups.DeletionSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A settings change waiting for a records officer, and how it was decided. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "group_id")
	private long groupId;

	@Column(name = "base_group_version")
	private long baseGroupVersion;

	@Column(name = "auto_delete")
	private boolean autoDelete;

	@Column(name = "max_lifetime_seconds")
	private @Nullable Long maxLifetimeSeconds;

	@Column(name = "burn_on_read_seconds")
	private @Nullable Long burnOnReadSeconds;

	@Column(name = "shredder_intensity")
	private int shredderIntensity;

	@Column(name = "capture_enabled")
	private boolean captureEnabled;

	private String reason;

	@Column(name = "requested_by")
	private String requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	private String status;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decision_comment")
	private @Nullable String decisionComment;

	@Column(name = "policy_version_id")
	private @Nullable Long policyVersionId;

	protected ChangeRequest() {
		this.reason = "";
		this.requestedBy = "";
		this.requestedAt = Instant.EPOCH;
		this.status = "PENDING";
	}

	public ChangeRequest(long groupId, long baseGroupVersion, DeletionSettings settings, String reason,
			String requestedBy, Instant requestedAt) {
		this.groupId = groupId;
		this.baseGroupVersion = baseGroupVersion;
		this.autoDelete = settings.autoDelete();
		this.maxLifetimeSeconds = (settings.maxLifetime() != null) ? settings.maxLifetime().toSeconds() : null;
		this.burnOnReadSeconds = (settings.burnOnRead() != null) ? settings.burnOnRead().toSeconds() : null;
		this.shredderIntensity = settings.shredderIntensity();
		this.captureEnabled = settings.captureEnabled();
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = "PENDING";
	}

	public DeletionSettings settings() {
		return new DeletionSettings(this.autoDelete,
				(this.maxLifetimeSeconds != null) ? Duration.ofSeconds(this.maxLifetimeSeconds) : null,
				(this.burnOnReadSeconds != null) ? Duration.ofSeconds(this.burnOnReadSeconds) : null,
				this.shredderIntensity, this.captureEnabled);
	}

	public void decide(boolean approved, String by, Instant at, @Nullable String comment,
			@Nullable Long policyVersionId) {
		if (!"PENDING".equals(this.status)) {
			throw new IllegalStateException("Request " + this.id + " is already " + this.status);
		}
		this.status = approved ? "APPROVED" : "REJECTED";
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionComment = comment;
		this.policyVersionId = policyVersionId;
	}

	/** A hold now freezes the group: the request can no longer be approved. */
	public void block(Instant at, String why) {
		if (!"PENDING".equals(this.status)) {
			throw new IllegalStateException("Request " + this.id + " is already " + this.status);
		}
		this.status = "BLOCKED";
		this.decidedAt = at;
		this.decisionComment = why;
	}

	public void withdraw(String by, Instant at, String why) {
		this.status = "WITHDRAWN";
		this.decidedAt = at;
		this.decisionComment = why + " (" + by + ")";
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getGroupId() {
		return this.groupId;
	}

	public long getBaseGroupVersion() {
		return this.baseGroupVersion;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getStatus() {
		return this.status;
	}

	public @Nullable String getDecidedBy() {
		return this.decidedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable String getDecisionComment() {
		return this.decisionComment;
	}

}
