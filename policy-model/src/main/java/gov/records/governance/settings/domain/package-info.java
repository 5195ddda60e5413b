/**
 * Change request entity and repository; used only by the settings feature.
 */
@NullMarked
package gov.records.governance.settings.domain;

import org.jspecify.annotations.NullMarked;
