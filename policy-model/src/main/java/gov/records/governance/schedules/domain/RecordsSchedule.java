package gov.records.governance.schedules.domain;

import gov.records.governance.schedules.ScheduleKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A records schedule (for example GRS 6.1), the container of schedule items. */
@Entity
@Table(name = "records_schedule")
public class RecordsSchedule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String title;

	@Enumerated(EnumType.STRING)
	private ScheduleKind kind;

	private @Nullable String description;

	protected RecordsSchedule() {
		this.code = "";
		this.title = "";
		this.kind = ScheduleKind.GRS;
	}

	public RecordsSchedule(String code, String title, ScheduleKind kind, @Nullable String description) {
		this.code = code;
		this.title = title;
		this.kind = kind;
		this.description = description;
	}

	public void rename(String newTitle, ScheduleKind newKind) {
		this.title = newTitle;
		this.kind = newKind;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public ScheduleKind getKind() {
		return this.kind;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

}
