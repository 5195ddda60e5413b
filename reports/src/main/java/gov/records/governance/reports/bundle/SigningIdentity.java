package gov.records.governance.reports.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key that signs bundles and its certificate.
 *
 * @param privateKey the signing key (EC P-256 when generated here)
 * @param certificate its certificate, included in every signature and bundle
 */
public record SigningIdentity(PrivateKey privateKey, X509Certificate certificate) {

	/** The certificate in PEM, as {@code cert.pem} in a bundle. */
	public String certificatePem() {
		try {
			String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' })
				.encodeToString(this.certificate.getEncoded());
			return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The SHA-256 fingerprint of the certificate as {@code openssl x509 -fingerprint
	 * -sha256} prints it (upper-case hex pairs joined by colons): publish it so that
	 * inspectors can pin the certificate.
	 */
	public String fingerprint() {
		return fingerprint(this.certificate);
	}

	static String fingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "SigningIdentity[" + this.certificate.getSubjectX500Principal() + ", " + fingerprint() + "]";
	}

}
