package gov.records.governance.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up (after a crash, a restore or an upgrade): checks the audit log against the
 * newest checkpoint ever handed out, with a consistency proof, and says in the log
 * whether the console will sign. It does not stop the console: a shorter or different
 * history makes every signing refuse (DD017) while everything else keeps working.
 */
@Component
@Order(0)
class PublishedHistoryCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PublishedHistoryCheck.class);

	private final CheckpointService checkpoints;

	PublishedHistoryCheck(CheckpointService checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.checkpoints.requireConsistentWithPublished()
				.ifPresentOrElse(
						(published) -> log.info(
								"The audit log is consistent with the newest published checkpoint" + " (size {})",
								published.treeSize()),
						() -> log.info("No audit log checkpoint has been published yet"));
		}
		catch (HistoryMismatchException ex) {
			log.error("{} Restore the database from a backup that holds every published event.", ex.getMessage());
		}
	}

}
