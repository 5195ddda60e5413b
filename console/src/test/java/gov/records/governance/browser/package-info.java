/**
 * Real-browser tests: the packaged console in its own process, driven through headless
 * Chromium.
 */
@NullMarked
package gov.records.governance.browser;

import org.jspecify.annotations.NullMarked;
