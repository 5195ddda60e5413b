package gov.records.governance.schedules;

import gov.records.governance.shared.ValidationException;
import java.util.List;

/**
 * A schedule write was refused because an active legal hold covers a group it reaches and
 * it would let that group's messages be deleted sooner (removing an assignment, ending an
 * item that applies there): a hold freezes disposition until its release (DD024). Nothing
 * was written.
 */
public class FrozenByHoldException extends ValidationException {

	private final List<String> holds;

	FrozenByHoldException(String reason, List<String> holds) {
		super(reason);
		this.holds = List.copyOf(holds);
	}

	/** The holds that freeze it, by case reference. */
	public List<String> holds() {
		return this.holds;
	}

}
