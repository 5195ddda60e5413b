package gov.records.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.audit.AuditChainBrokenException;
import gov.records.governance.audit.ChainBreak;
import gov.records.governance.audit.HistoryMismatchException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * When the console will not sign a checkpoint, or cannot get a database connection in
 * time, it says why in a problem of their own (RFC 9457), not a bare server error: the
 * crash suite met a 500 "Something went wrong" from {@code /api/log/checkpoint} after H2
 * had lost two events.
 */
class LogProblemsTest {

	private final ApiErrors errors = new ApiErrors();

	@Test
	void aLogShorterThanAPublishedCheckpointIsUnavailableInWords() {
		ResponseEntity<ProblemDetail> answer = this.errors.historyMismatch(new HistoryMismatchException(
				"The audit log holds 10 events, fewer than the checkpoint already published at size 12."));
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getBody()).isNotNull();
		assertThat(answer.getBody().getType().toString()).isEqualTo("urn:records-governance:problem:log-not-vouched");
		assertThat(answer.getBody().getTitle()).isEqualTo("The audit log cannot be vouched for");
		assertThat(answer.getBody().getDetail()).contains("holds 10 events").doesNotContain("Exception");
	}

	@Test
	void aBrokenChainIsAConflictProblem() {
		ResponseEntity<ProblemDetail> answer = this.errors
			.chainBroken(new AuditChainBrokenException(new ChainBreak(7, "its hash does not match", Instant.EPOCH)));
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getBody()).isNotNull();
		assertThat(answer.getBody().getType().toString()).endsWith(":log-not-vouched");
		assertThat(answer.getBody().getDetail()).startsWith("The audit log's hash chain is broken at event #7");
	}

	@Test
	void aRequestThatFoundEveryConnectionBusyIsA503WithATimeToComeBack() {
		Exception timedOut = new org.springframework.transaction.CannotCreateTransactionException(
				"Could not open JPA EntityManager for transaction", new java.sql.SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 30000ms"));
		ResponseEntity<ProblemDetail> answer = this.errors.unexpected(timedOut);
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getBody()).isNotNull();
		assertThat(answer.getBody().getType().toString()).endsWith(":busy");
		assertThat(answer.getBody().getDetail()).contains("Nothing was done").doesNotContain("Hikari");

		ResponseEntity<ProblemDetail> other = this.errors.unexpected(new IllegalStateException("boom"));
		assertThat(other.getStatusCode().value()).isEqualTo(500);
	}

}
