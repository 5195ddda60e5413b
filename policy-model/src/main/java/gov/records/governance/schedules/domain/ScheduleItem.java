package gov.records.governance.schedules.domain;

import gov.records.governance.schedules.Disposition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One item of a schedule: its disposition authority, the minimum retention as an ISO-8601
 * period ({@code P7Y}; none for permanent or event-driven items), its cutoff and scope,
 * and its effective dates. Superseded items are kept and point at their successor.
 */
@Entity
@Table(name = "schedule_item")
public class ScheduleItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "schedule_id")
	private long scheduleId;

	@Column(name = "item_number")
	private String itemNumber;

	private @Nullable String authority;

	private String title;

	@Enumerated(EnumType.STRING)
	private Disposition disposition;

	@Column(name = "min_retention")
	private @Nullable String minRetention;

	@Column(name = "cutoff_rule")
	private @Nullable String cutoffRule;

	@Column(name = "scope_text")
	private @Nullable String scopeText;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "effective_to")
	private @Nullable LocalDate effectiveTo;

	@Column(name = "superseded_by_id")
	private @Nullable Long supersededById;

	@Column(name = "verify_against_nara")
	private boolean verifyAgainstNara;

	@Version
	private long version;

	protected ScheduleItem() {
		this.itemNumber = "";
		this.title = "";
		this.disposition = Disposition.PERMANENT;
		this.effectiveFrom = LocalDate.EPOCH;
	}

	public ScheduleItem(long scheduleId, String itemNumber, @Nullable String authority, String title,
			Disposition disposition, @Nullable String minRetention, @Nullable String cutoffRule,
			@Nullable String scopeText, LocalDate effectiveFrom, boolean verifyAgainstNara) {
		this.scheduleId = scheduleId;
		this.itemNumber = itemNumber;
		this.authority = authority;
		this.title = title;
		this.disposition = disposition;
		this.minRetention = minRetention;
		this.cutoffRule = cutoffRule;
		this.scopeText = scopeText;
		this.effectiveFrom = effectiveFrom;
		this.verifyAgainstNara = verifyAgainstNara;
	}

	/**
	 * Replaces every editable field (the schedule and item number identify the item and
	 * stay).
	 */
	public void update(@Nullable String authority, String title, Disposition disposition, @Nullable String minRetention,
			@Nullable String cutoffRule, @Nullable String scopeText, LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, @Nullable Long supersededById, boolean verifyAgainstNara) {
		this.authority = authority;
		this.title = title;
		this.disposition = disposition;
		this.minRetention = minRetention;
		this.cutoffRule = cutoffRule;
		this.scopeText = scopeText;
		this.effectiveFrom = effectiveFrom;
		this.effectiveTo = effectiveTo;
		this.supersededById = supersededById;
		this.verifyAgainstNara = verifyAgainstNara;
	}

	public long getVersion() {
		return this.version;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getScheduleId() {
		return this.scheduleId;
	}

	public String getItemNumber() {
		return this.itemNumber;
	}

	public @Nullable String getAuthority() {
		return this.authority;
	}

	public String getTitle() {
		return this.title;
	}

	public Disposition getDisposition() {
		return this.disposition;
	}

	public @Nullable String getMinRetention() {
		return this.minRetention;
	}

	public @Nullable String getCutoffRule() {
		return this.cutoffRule;
	}

	public @Nullable String getScopeText() {
		return this.scopeText;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public @Nullable LocalDate getEffectiveTo() {
		return this.effectiveTo;
	}

	public @Nullable Long getSupersededById() {
		return this.supersededById;
	}

	public boolean isVerifyAgainstNara() {
		return this.verifyAgainstNara;
	}

}
