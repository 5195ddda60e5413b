package gov.records.governance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import gov.records.governance.shared.ValidationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A failed report's reason, as the archive shows it, is in words: the console's own
 * refusal as written, anything else in plain terms, never the class that reported it
 * (issue 12 item 9; before, the archive read "NullPointerException: Cannot invoke ...").
 */
class ReportJobsFailureTest {

	@Test
	void anUnexpectedFailureIsStoredInWordsWithoutItsClassOrMessage() throws Exception {
		String failure = failureOf(
				new NullPointerException("Cannot invoke \"java.util.List.size()\" because \"rows\" is null"));
		assertThat(failure).isEqualTo(ReportFailure.INTERNAL).doesNotContain("Exception", "java.");
	}

	@Test
	void anArchiveThatCannotBeWrittenIsNamedAsSuch() throws Exception {
		String failure = failureOf(new UncheckedIOException("cannot write to the report archive /var/x",
				new IOException("java.nio.file.AccessDeniedException: /var/x")));
		assertThat(failure).isEqualTo(ReportFailure.ARCHIVE).doesNotContain("/var/x", "Exception");
	}

	@Test
	void theConsolesOwnRefusalIsShownAsWritten() throws Exception {
		String failure = failureOf(new ValidationException("The records schedule GRS 6.1 has no item 010 in force"));
		assertThat(failure).isEqualTo("The records schedule GRS 6.1 has no item 010 in force");
	}

	@Test
	void runningOutOfMemorySaysWhatToTry() throws Exception {
		assertThat(failureOf(new OutOfMemoryError("Java heap space"))).isEqualTo(ReportFailure.MEMORY);
	}

	private static String failureOf(Throwable thrown) throws Exception {
		ReportGenerator generator = mock(ReportGenerator.class);
		ReportStore store = mock(ReportStore.class);
		when(store.find(anyLong())).thenReturn(Optional.empty());
		doThrow(thrown).when(generator).generate(7L);
		ReportJobs jobs = new ReportJobs(generator, store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
				mock(ApplicationEventPublisher.class));
		try {
			jobs.submit(7L, null).get(10, TimeUnit.SECONDS);
		}
		finally {
			jobs.destroy();
		}
		ArgumentCaptor<String> failure = ArgumentCaptor.forClass(String.class);
		verify(store).failed(eq(7L), any(Instant.class), failure.capture());
		return failure.getValue();
	}

}
