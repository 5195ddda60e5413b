package gov.records.governance.settings;

import gov.records.governance.compliance.ComplianceService;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a settings change commits, the group's findings are brought up to date at once.
 */
@Component
class SettingsChangeEffects {

	private static final Logger log = LoggerFactory.getLogger(SettingsChangeEffects.class);

	private final ComplianceService compliance;

	SettingsChangeEffects(ComplianceService compliance) {
		this.compliance = compliance;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onSettingsChanged(DeletionSettingsChanged event) {
		try {
			this.compliance.evaluateGroups(Set.of(event.groupId()), "settings changed");
		}
		catch (RuntimeException ex) {
			log.error("Re-evaluating group {} after its settings changed failed", event.groupId(), ex);
		}
	}

}
