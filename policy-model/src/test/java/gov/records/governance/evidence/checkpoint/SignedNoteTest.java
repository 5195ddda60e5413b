package gov.records.governance.evidence.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signed notes against the known answers published with Go's
 * {@code golang.org/x/mod/sumdb/note} (note_test.go; also in docs/evidence.md).
 */
class SignedNoteTest {

	static final String PETER_SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

	static final String PETER_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

	static final String ENOCH_VERIFIER = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";

	static final String TEXT = "If you think cryptography is the answer to your problem,\n"
			+ "then you don't know what your problem is.\n";

	static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

	static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

	@Test
	void reproducesThePublishedSignatureExactly() {
		NoteSigner signer = NoteSigner.fromSignerKey(PETER_SIGNER);
		assertThat(signer.verifierKey()).isEqualTo(PETER_VERIFIER);
		assertThat(signer.signerKey()).isEqualTo(PETER_SIGNER);
		assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
		assertThat(signer.sign(TEXT).line()).isEqualTo(PETER_SIG);
		assertThat(SignedNote.sign(TEXT, signer).format()).isEqualTo(TEXT + "\n" + PETER_SIG);
	}

	@Test
	void opensNotesSignedByTrustedKeysAndIgnoresUnknownOnes() {
		NoteVerifier peter = NoteVerifier.fromVerifierKey(PETER_VERIFIER);
		NoteVerifier enoch = NoteVerifier.fromVerifierKey(ENOCH_VERIFIER);
		String message = TEXT + "\n" + PETER_SIG + ENOCH_SIG;

		SignedNote.VerifiedNote byPeter = SignedNote.open(message, List.of(peter));
		assertThat(byPeter.text()).isEqualTo(TEXT);
		assertThat(byPeter.verifiedBy()).containsExactly("PeterNeumann");

		// Enoch's signature is checked only where Enoch's key is trusted: made with a key
		// we
		// never held, it verifies with the published verifier key alone
		assertThat(SignedNote.open(message, List.of(peter, enoch)).verifiedBy()).containsExactly("PeterNeumann",
				"EnochRoot");
		assertThat(SignedNote.open(TEXT + "\n" + ENOCH_SIG, List.of(enoch)).verifiedBy()).containsExactly("EnochRoot");

		assertThatThrownBy(() -> SignedNote.open(message, List.of())).isInstanceOf(NoteVerificationException.class)
			.hasMessageContaining("no signature from a trusted key");
	}

	@Test
	void rejectsAWrongSignatureFromATrustedKey() {
		String bad = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
		NoteVerifier peter = NoteVerifier.fromVerifierKey(PETER_VERIFIER);
		assertThatThrownBy(() -> SignedNote.open(TEXT + "\n" + bad, List.of(peter)))
			.isInstanceOf(NoteVerificationException.class)
			.hasMessageContaining("does not verify");
		// a changed text
		assertThatThrownBy(() -> SignedNote.open(TEXT.replace("answer", "Answer") + "\n" + PETER_SIG, List.of(peter)))
			.hasMessageContaining("does not verify");
	}

	@Test
	void aSignatureWithAnotherKeyIdIsNotFromTheTrustedKey() {
		// same name, other key id: an unknown key, ignored, so nothing trusted signed
		String wrongId = PETER_SIG.replace("x08g", "xxxx");
		assertThatThrownBy(
				() -> SignedNote.open(TEXT + "\n" + wrongId, List.of(NoteVerifier.fromVerifierKey(PETER_VERIFIER))))
			.isInstanceOf(NoteVerificationException.class)
			.hasMessageContaining("no signature from a trusted key");
		// other name, same key id
		String wrongName = PETER_SIG.replace("PeterNeumann", "CarmenSandiego");
		assertThatThrownBy(
				() -> SignedNote.open(TEXT + "\n" + wrongName, List.of(NoteVerifier.fromVerifierKey(PETER_VERIFIER))))
			.hasMessageContaining("no signature from a trusted key");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text-only", "text-and-blank", "unterminated-signature", "control-character",
			"name-with-space", "unexpected-line", "no-em-dash", "bad-base64", "short-signature" })
	void rejectsMalformedNotes(String kind) {
		String message = switch (kind) {
			case "text-only" -> TEXT;
			case "text-and-blank" -> TEXT + "\n";
			case "unterminated-signature" -> TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1);
			case "control-character" -> "\u0001" + TEXT + "\n" + PETER_SIG;
			case "name-with-space" -> TEXT + "\n" + PETER_SIG.replace("PeterNeumann", "Bad Name");
			case "unexpected-line" -> TEXT + "\n" + PETER_SIG + "Unexpected line.\n";
			case "no-em-dash" -> TEXT + "\n" + PETER_SIG.replace("\u2014", "-");
			case "bad-base64" -> TEXT + "\n" + PETER_SIG.replace("x08go", "x08g!");
			case "short-signature" -> TEXT + "\n" + "\u2014 PeterNeumann x08g\n";
			default -> throw new IllegalArgumentException(kind);
		};
		assertThatThrownBy(() -> SignedNote.open(message, List.of(NoteVerifier.fromVerifierKey(PETER_VERIFIER))))
			.isInstanceOf(NoteVerificationException.class);
	}

	@Test
	void rejectsInvalidUtf8AndTooManySignatures() {
		byte[] bytes = ("x" + TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
		bytes[0] = (byte) 0xff;
		assertThatThrownBy(() -> SignedNote.decode(bytes)).isInstanceOf(NoteVerificationException.class);
		assertThatThrownBy(() -> SignedNote.open(TEXT + "\n" + PETER_SIG.repeat(101),
				List.of(NoteVerifier.fromVerifierKey(PETER_VERIFIER))))
			.hasMessageContaining("more than 100");
	}

	@Test
	void rejectsManipulatedKeys() {
		// from Go's TestNewVerifier: wrong key length and unknown algorithm, each with a
		// key id adjusted to match
		assertThatThrownBy(() -> NoteVerifier
			.fromVerifierKey("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> NoteVerifier
			.fromVerifierKey("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
			.isInstanceOf(IllegalArgumentException.class);
		// every one-character change and every truncation of the published keys
		for (String key : List.of(PETER_VERIFIER, PETER_SIGNER)) {
			for (int i = 0; i < key.length(); i++) {
				String changed = key.substring(0, i) + (char) (key.charAt(i) + 1) + key.substring(i + 1);
				assertThatThrownBy(() -> parseKey(changed)).as(changed).isInstanceOf(IllegalArgumentException.class);
				String truncated = key.substring(0, i);
				assertThatThrownBy(() -> parseKey(truncated)).as(truncated)
					.isInstanceOf(IllegalArgumentException.class);
			}
		}
	}

	@Test
	void generatedKeysRoundTrip() {
		NoteSigner signer = NoteSigner.generate("governance.example.gov/audit");
		NoteSigner again = NoteSigner.fromSignerKey(signer.signerKey());
		assertThat(again.verifierKey()).isEqualTo(signer.verifierKey());
		String message = SignedNote.sign("hello\n", again).format();
		assertThat(SignedNote.open(message, List.of(NoteVerifier.fromVerifierKey(signer.verifierKey()))).text())
			.isEqualTo("hello\n");
		assertThat(signer.toString()).doesNotContain(signer.signerKey());
	}

	private static Object parseKey(String key) {
		return key.startsWith("PRIVATE") ? NoteSigner.fromSignerKey(key) : NoteVerifier.fromVerifierKey(key);
	}

}
