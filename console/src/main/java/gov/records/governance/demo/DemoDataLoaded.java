package gov.records.governance.demo;

import java.time.Duration;

/**
 * Published when the demo data set was generated on start (not when it was already
 * there).
 */
public record DemoDataLoaded(DemoSize size, Duration took) {
}
