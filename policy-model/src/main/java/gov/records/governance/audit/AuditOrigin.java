package gov.records.governance.audit;

/**
 * Where the current request comes from, for the audit trail; the console supplies the
 * HTTP client address. Without a request (scheduled jobs) the origin is {@value #SYSTEM}.
 */
public interface AuditOrigin {

	String SYSTEM = "system";

	String clientAddress();

}
