package gov.records.governance.reports;

import gov.records.governance.reports.bundle.BundleVerification;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking an uploaded bundle: every file against the signed manifest, and
 * the checkpoint it carries against this console's log.
 *
 * @param bundle the files and the signature, naming each file that fails
 * @param checkpointOk whether the checkpoint's signature verifies with the log's key and
 * the log still has exactly that root at that size
 * @param checkpointMessage what was found about the checkpoint
 */
public record BundleCheck(BundleVerification bundle, boolean checkpointOk, String checkpointMessage,
		@Nullable Long checkpointSize) {

	public boolean isValid() {
		return this.bundle.isValid() && this.checkpointOk;
	}

}
