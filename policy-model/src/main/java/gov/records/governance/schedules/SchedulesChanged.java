package gov.records.governance.schedules;

/**
 * Published after schedules, items or assignments changed, so compliance can be
 * re-evaluated.
 */
public record SchedulesChanged(String what) {
}
