package gov.records.governance.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a refused {@code prod} start as Spring Boot's "application failed to start"
 * report: the paragraph naming the missing settings, without a stack trace.
 */
class ProdSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProdSettingsMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ProdSettingsMissingException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set or correct the settings listed above and start the console again.", null);
	}

}
