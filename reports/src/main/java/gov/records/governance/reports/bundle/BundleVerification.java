package gov.records.governance.reports.bundle;

import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a bundle.
 *
 * @param problems everything wrong, each naming its file; empty if the bundle is intact
 * @param signer the certificate whose signature verified, if one did
 * @param checkpoint the bundle's checkpoint text, if present
 */
public record BundleVerification(List<BundleProblem> problems, @Nullable X509Certificate signer,
		@Nullable String checkpoint) {

	public BundleVerification {
		problems = List.copyOf(problems);
	}

	/** Whether every file is present, unchanged and signed by a trusted certificate. */
	public boolean isValid() {
		return this.problems.isEmpty();
	}

	/** The problems of one file. */
	public List<BundleProblem> problemsOf(String file) {
		return this.problems.stream().filter((problem) -> problem.file().equals(file)).toList();
	}

}
