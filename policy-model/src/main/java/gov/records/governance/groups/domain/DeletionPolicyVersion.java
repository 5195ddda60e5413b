package gov.records.governance.groups.domain;

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

/**
 * One version of a group's deletion settings, in force from {@code validFrom} until
 * {@code validTo} (open while current). Versions are appended, never edited; the only
 * change a version ever sees is being closed when the next one starts.
 */
@Entity
@Table(name = "deletion_policy_version")
public class DeletionPolicyVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "group_id")
	private long groupId;

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

	@Column(name = "valid_from")
	private Instant validFrom;

	@Column(name = "valid_to")
	private @Nullable Instant validTo;

	@Column(name = "changed_by")
	private String changedBy;

	private @Nullable String reason;

	@Column(name = "approved_by")
	private @Nullable String approvedBy;

	/** Who asked for the change (null on rows written without it: then the changer). */
	@Column(name = "requested_by")
	private @Nullable String requestedBy;

	protected DeletionPolicyVersion() {
		this.validFrom = Instant.EPOCH;
		this.changedBy = "";
	}

	public DeletionPolicyVersion(long groupId, DeletionSettings settings, Instant validFrom, String changedBy,
			@Nullable String reason, @Nullable String approvedBy) {
		this(groupId, settings, validFrom, changedBy, reason, changedBy, approvedBy);
	}

	public DeletionPolicyVersion(long groupId, DeletionSettings settings, Instant validFrom, String changedBy,
			@Nullable String reason, String requestedBy, @Nullable String approvedBy) {
		this.groupId = groupId;
		this.autoDelete = settings.autoDelete();
		this.maxLifetimeSeconds = seconds(settings.maxLifetime());
		this.burnOnReadSeconds = seconds(settings.burnOnRead());
		this.shredderIntensity = settings.shredderIntensity();
		this.captureEnabled = settings.captureEnabled();
		this.validFrom = validFrom;
		this.changedBy = changedBy;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.approvedBy = approvedBy;
	}

	/** Ends this version at the moment the next one starts. */
	public void closeAt(Instant end) {
		if (this.validTo != null) {
			throw new IllegalStateException("Policy version " + this.id + " is already closed");
		}
		this.validTo = end;
	}

	public DeletionSettings settings() {
		return new DeletionSettings(this.autoDelete, duration(this.maxLifetimeSeconds),
				duration(this.burnOnReadSeconds), this.shredderIntensity, this.captureEnabled);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getGroupId() {
		return this.groupId;
	}

	public Instant getValidFrom() {
		return this.validFrom;
	}

	public @Nullable Instant getValidTo() {
		return this.validTo;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

	public @Nullable String getApprovedBy() {
		return this.approvedBy;
	}

	public String getRequestedBy() {
		return (this.requestedBy != null) ? this.requestedBy : this.changedBy;
	}

	private static @Nullable Long seconds(@Nullable Duration duration) {
		return (duration != null) ? duration.getSeconds() : null;
	}

	private static @Nullable Duration duration(@Nullable Long seconds) {
		return (seconds != null) ? Duration.ofSeconds(seconds) : null;
	}

}
