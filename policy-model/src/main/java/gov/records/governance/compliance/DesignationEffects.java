package gov.records.governance.compliance;

import gov.records.governance.capstone.DesignationsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-evaluates compliance once a designation has committed (issue 16; DD067): the groups
 * of the accounts designated, whose effective policy their new category changes, and the
 * reconciliation. In the background, as the other runs a change triggers are, so that the
 * records officer's designation run does not wait for it.
 */
@Component
class DesignationEffects {

	private static final Logger log = LoggerFactory.getLogger(DesignationEffects.class);

	private final ComplianceService compliance;

	private final TaskExecutor executor;

	DesignationEffects(ComplianceService compliance, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.compliance = compliance;
		this.executor = executor;
	}

	@TransactionalEventListener
	void onDesignationsChanged(DesignationsChanged event) {
		String trigger = "Capstone designation: " + event.what();
		this.executor.execute(() -> {
			try {
				this.compliance.evaluateAccounts(event.accountIds(), trigger);
			}
			catch (RuntimeException ex) {
				log.error("Compliance re-evaluation ({}) failed", trigger, ex);
			}
		});
	}

}
