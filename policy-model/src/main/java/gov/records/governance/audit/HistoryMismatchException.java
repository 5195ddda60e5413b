package gov.records.governance.audit;

/**
 * The audit log is shorter than, or differs from, a checkpoint the console already handed
 * out: no checkpoint is signed until an operator restores the history (DD017).
 */
public class HistoryMismatchException extends IllegalStateException {

	public HistoryMismatchException(String message) {
		super(message);
	}

}
