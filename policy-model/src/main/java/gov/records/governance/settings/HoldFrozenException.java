package gov.records.governance.settings;

import java.util.List;

/**
 * A change was refused because an active legal hold covers the group and the change would
 * let its messages be deleted sooner; nothing was written (apart from the audit event of
 * the refusal). No approval lifts it, only the hold's release.
 */
public class HoldFrozenException extends GuardrailException {

	private final List<String> holds;

	HoldFrozenException(String explanation, List<String> holds) {
		super(explanation);
		this.holds = List.copyOf(holds);
	}

	/** The holds that freeze the group, as "FOIA-2026-0042 (FOIA)". */
	public List<String> holds() {
		return this.holds;
	}

}
