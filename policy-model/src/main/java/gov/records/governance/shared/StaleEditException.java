package gov.records.governance.shared;

/** Someone else saved the same record since it was opened; nothing was written. */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what) {
		super(what + " was changed by someone else since you opened it. Reload it and apply your change again.");
	}

}
