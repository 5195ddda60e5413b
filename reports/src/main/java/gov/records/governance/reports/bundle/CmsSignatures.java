package gov.records.governance.reports.bundle;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS (PKCS#7) signatures, DER, with the signing certificate included: what
 * {@code openssl cms -sign -binary -outform DER} writes and {@code openssl cms -verify}
 * checks. Signed attributes carry the content type, the SHA-256 digest and the signing
 * time.
 */
final class CmsSignatures {

	private CmsSignatures() {
	}

	static byte[] sign(byte[] content, SigningIdentity identity) {
		try {
			String algorithm = identity.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA"
					: "SHA256with" + identity.privateKey().getAlgorithm();
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build()).build(
							new JcaContentSignerBuilder(algorithm).build(identity.privateKey()),
							identity.certificate()));
			generator.addCertificate(new JcaX509CertificateHolder(identity.certificate()));
			CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
			return signed.getEncoded(ASN1Encoding.DER);
		}
		catch (CMSException | OperatorCreationException | CertificateException | IOException ex) {
			throw new IllegalStateException("could not sign the manifest", ex);
		}
	}

	/**
	 * Verifies a detached signature over {@code content} and returns the certificate of
	 * its one signer.
	 * @throws SignatureCheckException with the reason if it does not verify
	 */
	static X509Certificate verify(byte[] content, byte[] signature) {
		CMSSignedData signed;
		try {
			signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
		}
		catch (CMSException | RuntimeException ex) {
			throw new SignatureCheckException(SignedBundle.SIGNATURE, "not a CMS signature: " + ex.getMessage());
		}
		Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
		if (signers.size() != 1) {
			throw new SignatureCheckException(SignedBundle.SIGNATURE, "expected one signer, found " + signers.size());
		}
		SignerInformation signer = signers.iterator().next();
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
		if (matches.isEmpty()) {
			throw new SignatureCheckException(SignedBundle.SIGNATURE,
					"the signing certificate is not in the signature");
		}
		X509CertificateHolder holder = matches.iterator().next();
		try {
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
				throw new SignatureCheckException(SignedBundle.SIGNATURE,
						"the signature does not verify with its certificate");
			}
			return new JcaX509CertificateConverter().getCertificate(holder);
		}
		catch (CMSSignerDigestMismatchException ex) {
			throw new SignatureCheckException(SignedBundle.MANIFEST,
					"content verify error: the manifest is not the one that was signed");
		}
		catch (CMSException ex) {
			throw new SignatureCheckException(SignedBundle.SIGNATURE, "content verify error: " + ex.getMessage());
		}
		catch (OperatorCreationException | CertificateException ex) {
			throw new SignatureCheckException(SignedBundle.SIGNATURE,
					"unusable signing certificate: " + ex.getMessage());
		}
	}

	/** A signature that does not verify. */
	static final class SignatureCheckException extends RuntimeException {

		private final String file;

		SignatureCheckException(String file, String message) {
			super(message);
			this.file = file;
		}

		/** The bundle file the failure points at. */
		String file() {
			return this.file;
		}

	}

}
