/**
 * The AWS Wickr Admin API connector: SigV4-signed JSON over the shared HTTP client,
 * paging with {@code maxResults}/{@code nextToken}, security groups mapped to deletion
 * settings and the data-retention bot to the capture state.
 */
@NullMarked
package gov.records.governance.connectors.wickr;

import org.jspecify.annotations.NullMarked;
