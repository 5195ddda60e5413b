package gov.records.governance.evidence.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.evidence.merkle.Hash;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

	private static final String ORIGIN = "governance.example.gov/audit";

	private static final Hash ROOT = Hash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	@Test
	void formatsTheTlogCheckpointBody() {
		assertThat(new Checkpoint(ORIGIN, 8, ROOT).text())
			.isEqualTo(ORIGIN + "\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
	}

	@Test
	void signsAndOpens() {
		NoteSigner signer = NoteSigner.generate(ORIGIN);
		String signed = new Checkpoint(ORIGIN, 8, ROOT).sign(signer);
		assertThat(signed)
			.startsWith(ORIGIN + "\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n\u2014 " + ORIGIN + " ");
		Checkpoint opened = Checkpoint.open(signed, ORIGIN, List.of(signer.verifier()));
		assertThat(opened).isEqualTo(new Checkpoint(ORIGIN, 8, ROOT));
		assertThatThrownBy(() -> Checkpoint.open(signed, "other.example/log", List.of(signer.verifier())))
			.isInstanceOf(NoteVerificationException.class);
		NoteSigner stranger = NoteSigner.generate(ORIGIN);
		assertThatThrownBy(() -> Checkpoint.open(signed, ORIGIN, List.of(stranger.verifier())))
			.isInstanceOf(NoteVerificationException.class);
	}

	@Test
	void parsesExtensionLinesAndRejectsMalformedBodies() {
		Checkpoint withExtension = Checkpoint.parse(ORIGIN + "\n0\n" + ROOT.toBase64() + "\nextra line\n");
		assertThat(withExtension.extensions()).containsExactly("extra line");
		assertThat(withExtension.treeSize()).isZero();
		for (String bad : List.of(ORIGIN + "\n08\n" + ROOT.toBase64() + "\n", ORIGIN + "\n8\n" + ROOT.toBase64(),
				ORIGIN + "\n-8\n" + ROOT.toBase64() + "\n", "\n8\n" + ROOT.toBase64() + "\n",
				ORIGIN + "\n8\nV3JvbmdSb290\n", ORIGIN + "\n8\n", ORIGIN + "\n8\n" + ROOT.toBase64() + "\n\n")) {
			assertThatThrownBy(() -> Checkpoint.parse(bad)).as(bad).isInstanceOf(NoteVerificationException.class);
		}
	}

}
