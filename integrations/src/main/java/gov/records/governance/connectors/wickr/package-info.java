/**
 * The AWS Wickr Admin API connector: SigV4-signed JSON over {@code java.net.http}, paging
 * with {@code maxResults}/{@code nextToken}, security groups mapped to deletion settings
 * and the data-retention bot to the capture state.
 */
@NullMarked
package gov.records.governance.connectors.wickr;

import org.jspecify.annotations.NullMarked;
