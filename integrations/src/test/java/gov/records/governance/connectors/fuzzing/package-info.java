/**
 * Fuzz targets for the connectors' reading of backend answers (issue 12, Build 5; DD053):
 * arbitrary bytes served as a backend's answers over real HTTP, and the connector either
 * reads them into a valid status or result or fails with a {@code ConnectorException}.
 */
@NullMarked
package gov.records.governance.connectors.fuzzing;

import org.jspecify.annotations.NullMarked;
