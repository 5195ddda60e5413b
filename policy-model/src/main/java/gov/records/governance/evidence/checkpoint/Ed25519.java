package gov.records.governance.evidence.checkpoint;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 (RFC 8032) through the JDK's own provider, with keys as raw 32-byte values the
 * way signed notes carry them: a private key is its 32-byte seed, a public key its
 * 32-byte encoding.
 */
final class Ed25519 {

	static final int KEY_SIZE = 32;

	static final int SIGNATURE_SIZE = 64;

	/** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410). */
	private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private Ed25519() {
	}

	static byte[] newSeed() {
		byte[] seed = new byte[KEY_SIZE];
		new SecureRandom().nextBytes(seed);
		return seed;
	}

	/**
	 * The public key of a seed. The JDK has no API for this derivation, but its key pair
	 * generator takes the seed from the random source it is given, so a source that
	 * yields exactly the seed gives the matching pair (RFC 8032 section 5.1.5).
	 */
	static byte[] publicKeyOf(byte[] seed) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
			KeyPair pair = generator.generateKeyPair();
			return rawPublicKey(pair.getPublic());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is part of every JDK since 15", ex);
		}
	}

	static byte[] sign(byte[] seed, byte[] message) {
		try {
			PrivateKey key = KeyFactory.getInstance("Ed25519")
				.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(key);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 signing failed", ex);
		}
	}

	static boolean verify(byte[] publicKey, byte[] message, byte[] signatureBytes) {
		if (signatureBytes.length != SIGNATURE_SIZE) {
			return false;
		}
		try {
			byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_SIZE);
			System.arraycopy(publicKey, 0, spki, SPKI_PREFIX.length, KEY_SIZE);
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(message);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException ex) {
			// a public key that is not a curve point, or a malformed signature
			return false;
		}
	}

	private static byte[] rawPublicKey(PublicKey key) {
		byte[] spki = key.getEncoded();
		return Arrays.copyOfRange(spki, spki.length - KEY_SIZE, spki.length);
	}

	/** A random source that yields one fixed seed. */
	private static final class FixedSeed extends SecureRandom {

		private final byte[] seed;

		FixedSeed(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			if (bytes.length != this.seed.length) {
				throw new IllegalStateException("expected a request for a " + this.seed.length + "-byte seed");
			}
			System.arraycopy(this.seed, 0, bytes, 0, bytes.length);
		}

	}

}
