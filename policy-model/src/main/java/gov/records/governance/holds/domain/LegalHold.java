package gov.records.governance.holds.domain;

import gov.records.governance.holds.HoldKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold: while active (started and not released), nothing in its scope may
 * auto-delete. Released holds are kept with the release reason.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private HoldKind kind;

	@Column(name = "case_reference")
	private String caseReference;

	private String title;

	private @Nullable String description;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "released_at")
	private @Nullable Instant releasedAt;

	@Column(name = "release_reason")
	private @Nullable String releaseReason;

	@Column(name = "placed_by")
	private String placedBy;

	@Column(name = "released_by")
	private @Nullable String releasedBy;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "hold_id", nullable = false)
	private List<LegalHoldScope> scope = new ArrayList<>();

	protected LegalHold() {
		this.kind = HoldKind.LITIGATION;
		this.caseReference = "";
		this.title = "";
		this.startedAt = Instant.EPOCH;
		this.placedBy = "";
	}

	public LegalHold(HoldKind kind, String caseReference, String title, @Nullable String description, Instant startedAt,
			String placedBy, List<LegalHoldScope> scope) {
		this.kind = kind;
		this.caseReference = caseReference;
		this.title = title;
		this.description = description;
		this.startedAt = startedAt;
		this.placedBy = placedBy;
		this.scope = new ArrayList<>(scope);
	}

	/** Releases the hold; its history stays. */
	public void release(Instant at, String by, String reason) {
		if (this.releasedAt != null) {
			throw new IllegalStateException("Hold " + this.caseReference + " is already released");
		}
		this.releasedAt = at;
		this.releasedBy = by;
		this.releaseReason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isActiveAt(Instant moment) {
		return !this.startedAt.isAfter(moment) && (this.releasedAt == null || this.releasedAt.isAfter(moment));
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public HoldKind getKind() {
		return this.kind;
	}

	public String getCaseReference() {
		return this.caseReference;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public @Nullable Instant getReleasedAt() {
		return this.releasedAt;
	}

	public @Nullable String getReleaseReason() {
		return this.releaseReason;
	}

	public String getPlacedBy() {
		return this.placedBy;
	}

	public @Nullable String getReleasedBy() {
		return this.releasedBy;
	}

	public List<LegalHoldScope> getScope() {
		return List.copyOf(this.scope);
	}

}
