package gov.records.governance.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * An applied change's three rows (version, outbox, audit event) are written only inside
 * the caller's transaction: outside one, nothing is written.
 */
@SpringBootTest
class SettingsWritesH2Test {

	@Autowired
	SettingsWrites writes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAppliedChangeOutsideATransactionIsRefusedAndWritesNothing() {
		// refused before the group is looked up: any id will do
		long group = 1;
		long versions = count("deletion_policy_version");
		long outbox = count("outbox");
		long events = count("audit_event");
		DeletionSettings settings = new DeletionSettings(true, Duration.ofDays(30), null, 0, false);
		assertThatThrownBy(() -> this.writes.apply(group, 0, settings, settings, "no transaction", null, null))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count("deletion_policy_version")).isEqualTo(versions);
		assertThat(count("outbox")).isEqualTo(outbox);
		assertThat(count("audit_event")).isEqualTo(events);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
