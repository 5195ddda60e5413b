/**
 * The HTTP plumbing the connectors share: JSON calls over one shared HTTP client (Apache
 * HttpClient 5, DD015) with time-outs, bounded bodies, bounded exponential back-off and
 * typed errors. Internal to the connectors; the console does not call it, and nothing
 * outside this package uses the HTTP library.
 */
@NullMarked
package gov.records.governance.connectors.transport;

import org.jspecify.annotations.NullMarked;
