package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Published checkpoints on H2, where events can be deleted as a database restored from an
 * old backup would lose them.
 */
@SpringBootTest
class PublishedHistoryH2Test extends PublishedHistoryContract {

	@Override
	void fresh() {
		this.jdbc.update("delete from audit_event");
		this.jdbc.update("delete from audit_tile");
		this.audit.forget();
	}

	@Test
	void afterTheNewestEventsAreLostNothingIsSignedNotEvenOnceTheLogHasGrownBack() {
		long size = this.checkpoints.current().treeSize();
		this.jdbc.update("delete from audit_event where seq > ?", size - 3);
		this.audit.forget();
		assertThatThrownBy(() -> this.checkpoints.at(size - 3)).isInstanceOf(HistoryMismatchException.class)
			.hasMessageContaining("shorter history");
		for (int i = 0; i < 3; i++) {
			append(200 + i);
		}
		assertThatThrownBy(() -> this.checkpoints.current()).isInstanceOf(HistoryMismatchException.class)
			.hasMessageContaining("different history");
	}

}
