package gov.records.governance.settings;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.util.List;

/**
 * A bulk change refused because some matching groups would break a critical rule or a
 * hold's freeze: each such group is a problem; nothing was written but the audit event of
 * the refusal.
 */
class BulkRefusedException extends ValidationException {

	BulkRefusedException(List<Problem> problems) {
		super(problems);
	}

}
