package gov.records.governance.schedules;

import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import gov.records.governance.schedules.domain.RecordsSchedule;
import gov.records.governance.schedules.domain.RecordsSchedules;
import gov.records.governance.schedules.domain.ScheduleItem;
import gov.records.governance.schedules.domain.ScheduleItems;
import gov.records.governance.shared.RetentionPeriods;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes validated drafts: creates schedules and items that are new, updates items that
 * differ, and leaves identical items alone (so importing the same file twice changes
 * nothing the second time). Every created or changed item is audited with its state
 * before and after.
 */
@Component
class ScheduleWriter {

	private final RecordsSchedules schedules;

	private final ScheduleItems items;

	private final AuditService audit;

	ScheduleWriter(RecordsSchedules schedules, ScheduleItems items, AuditService audit) {
		this.schedules = schedules;
		this.items = items;
		this.audit = audit;
	}

	/** Outcome of writing one draft. */
	enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * Writes the drafts in order; superseded-by references are resolved once all exist.
	 */
	Map<String, Outcome> write(List<ScheduleItemDraft> drafts) {
		return write(drafts, "schedule.item.updated");
	}

	/**
	 * Writes the drafts, auditing each changed item under {@code updateAction}
	 * ({@code schedule.item.superseded}, {@code schedule.item.retired}).
	 */
	Map<String, Outcome> write(List<ScheduleItemDraft> drafts, String updateAction) {
		Map<String, Outcome> outcomes = new HashMap<>();
		Map<String, ScheduleItem> written = new HashMap<>();
		for (ScheduleItemDraft draft : drafts) {
			RecordsSchedule schedule = schedule(draft);
			Optional<ScheduleItem> existing = this.items.findByScheduleIdAndItemNumber(id(schedule.getId()),
					draft.itemNumber().strip());
			if (existing.isEmpty()) {
				ScheduleItem created = this.items
					.save(new ScheduleItem(id(schedule.getId()), draft.itemNumber().strip(), clean(draft.authority()),
							draft.title().strip(), Objects.requireNonNull(draft.disposition()),
							retention(draft.minRetention()), clean(draft.cutoffRule()), clean(draft.scopeText()),
							Objects.requireNonNull(draft.effectiveFrom()), draft.verifyAgainstNara()));
				written.put(draft.reference(), created);
				outcomes.put(draft.reference(), Outcome.CREATED);
			}
			else {
				written.put(draft.reference(), existing.get());
				outcomes.put(draft.reference(), Outcome.UNCHANGED);
			}
		}
		for (ScheduleItemDraft draft : drafts) {
			ScheduleItem item = written.get(draft.reference());
			Long successor = (draft.supersededBy() == null || draft.supersededBy().isBlank()) ? null
					: resolve(ScheduleItemValidator.normalizeReference(draft.supersededBy()), written);
			Map<String, Object> before = state(item);
			item.update(clean(draft.authority()), draft.title().strip(), draft.disposition(),
					retention(draft.minRetention()), clean(draft.cutoffRule()), clean(draft.scopeText()),
					draft.effectiveFrom(), draft.effectiveTo(), successor, draft.verifyAgainstNara());
			Map<String, Object> after = state(item);
			boolean created = outcomes.get(draft.reference()) == Outcome.CREATED;
			if (created) {
				this.items.save(item);
				this.audit.record(
						AuditEntry.of("schedule.item.created", "schedule_item", draft.reference()).withAfter(after));
			}
			else if (!before.equals(after)) {
				this.items.save(item);
				outcomes.put(draft.reference(), Outcome.UPDATED);
				this.audit.record(AuditEntry.of(updateAction, "schedule_item", draft.reference())
					.withBefore(before)
					.withAfter(after));
			}
		}
		this.items.flush();
		return outcomes;
	}

	private RecordsSchedule schedule(ScheduleItemDraft draft) {
		String code = draft.scheduleCode().strip();
		RecordsSchedule schedule = this.schedules.findByCode(code)
			.orElseGet(() -> this.schedules
				.save(new RecordsSchedule(code, draft.scheduleTitle().strip(), draft.scheduleKind(), null)));
		if (!schedule.getTitle().equals(draft.scheduleTitle().strip()) || schedule.getKind() != draft.scheduleKind()) {
			schedule.rename(draft.scheduleTitle().strip(), draft.scheduleKind());
			this.schedules.save(schedule);
		}
		return schedule;
	}

	private @Nullable Long resolve(String reference, Map<String, ScheduleItem> written) {
		ScheduleItem item = written.get(reference);
		if (item != null) {
			return item.getId();
		}
		int slash = reference.lastIndexOf(" / ");
		if (slash < 0) {
			return null;
		}
		return this.schedules.findByCode(reference.substring(0, slash))
			.flatMap((s) -> this.items.findByScheduleIdAndItemNumber(id(s.getId()), reference.substring(slash + 3)))
			.map(ScheduleItem::getId)
			.orElse(null);
	}

	static Map<String, Object> state(ScheduleItem item) {
		Map<String, Object> state = new HashMap<>();
		state.put("authority", Objects.toString(item.getAuthority(), ""));
		state.put("title", item.getTitle());
		state.put("disposition", item.getDisposition().name());
		state.put("minRetention", Objects.toString(item.getMinRetention(), ""));
		state.put("cutoffRule", Objects.toString(item.getCutoffRule(), ""));
		state.put("scope", Objects.toString(item.getScopeText(), ""));
		state.put("effectiveFrom", item.getEffectiveFrom().toString());
		state.put("effectiveTo", Objects.toString(item.getEffectiveTo(), ""));
		state.put("supersededById", Objects.toString(item.getSupersededById(), ""));
		state.put("verifyAgainstNara", item.isVerifyAgainstNara());
		return new java.util.TreeMap<>(state);
	}

	/** Stored as canonical ISO-8601 ("7 years" becomes P7Y). */
	static @Nullable String retention(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : RetentionPeriods.parse(text).toString();
	}

	private static @Nullable String clean(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static long id(@Nullable Long id) {
		return Objects.requireNonNull(id);
	}

}
