/**
 * The Platforms view: messaging backends, their connection settings and (later) their
 * sync health.
 */
@NullMarked
package gov.records.governance.platforms.ui;

import org.jspecify.annotations.NullMarked;
