package gov.records.governance.capstone;

/**
 * Published after accounts were designated Capstone (or a suggestion confirmed), so
 * compliance can be re-evaluated.
 */
public record DesignationsChanged(String what) {
}
