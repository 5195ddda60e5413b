package gov.records.governance.backends;

/**
 * A platform's capture health changed (a report after silence, failures appearing or
 * ending, capture turned off or on in the backend): its groups' findings need a fresh
 * look.
 */
public record CaptureHealthChanged(long platformId, String why) {

}
