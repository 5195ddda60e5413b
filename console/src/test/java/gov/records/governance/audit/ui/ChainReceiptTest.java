package gov.records.governance.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.audit.ChainVerification;
import gov.records.governance.audit.SignedCheckpoint;
import gov.records.governance.evidence.merkle.Hash;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The chain receipt names what an inspector compares: events, head, checkpoint, time. */
class ChainReceiptTest {

	@Test
	void anIntactChainsReceiptCarriesTheHeadAndTheSignedCheckpoint() {
		SignedCheckpoint checkpoint = new SignedCheckpoint(1234, Hash.of(new byte[32]), "origin\n1234\nroot\n");
		String text = ChainReceipt.text(ChainVerification.ok(1234, "ab12"), checkpoint,
				Instant.parse("2026-12-03T06:00:00Z"), "inspector");
		assertThat(text).startsWith("Audit chain verification receipt")
			.contains("Verified at: 2026-12-03 06:00 UTC", "Verified by: inspector", "Result: intact",
					"Events checked: 1,234", "Head hash: ab12", "Checkpoint tree size: 1,234",
					"Checkpoint root (hex): " + "00".repeat(32), "origin\n1234\nroot");
	}

	@Test
	void aBrokenChainsReceiptNamesTheFirstBrokenEvent() {
		SignedCheckpoint checkpoint = new SignedCheckpoint(10, Hash.of(new byte[32]), "note");
		String text = ChainReceipt.text(ChainVerification.broken(4, 5, "hash mismatch"), checkpoint,
				Instant.parse("2026-12-03T06:00:00Z"), "records");
		assertThat(text).contains("Result: BROKEN", "First broken event: #5: hash mismatch")
			.doesNotContain("Head hash");
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreDefused() {
		assertThat(AuditCsv.safe("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(AuditCsv.safe("Pilot")).isEqualTo("Pilot");
	}

}
