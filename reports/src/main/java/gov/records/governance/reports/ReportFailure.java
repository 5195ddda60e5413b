package gov.records.governance.reports;

import gov.records.governance.shared.ValidationException;

import java.io.UncheckedIOException;

/**
 * Why a report failed, in the words its reader (an inspector, the CIO) sees in the
 * archive: a refusal of the request in the console's own words, or what went wrong in
 * plain terms, never the Java class that reported it (issue 12 item 9). The exception
 * itself goes to the console's log, with the report's number.
 */
final class ReportFailure {

	/** What a failure the console did not expect is stored and shown as. */
	static final String INTERNAL = "the console failed while generating it (an internal error; its log has the details)";

	static final String ARCHIVE = "the report could not be written to the report archive (its log has the details)";

	static final String MEMORY = "the console ran out of memory while generating it; try a narrower report or a later date";

	private ReportFailure() {
	}

	static String of(Throwable failure) {
		if (failure instanceof ValidationException && failure.getMessage() != null && !failure.getMessage().isBlank()) {
			// the console's own refusal, written for its reader
			return failure.getMessage();
		}
		if (failure instanceof UncheckedIOException) {
			return ARCHIVE;
		}
		if (failure instanceof OutOfMemoryError) {
			return MEMORY;
		}
		return INTERNAL;
	}

}
