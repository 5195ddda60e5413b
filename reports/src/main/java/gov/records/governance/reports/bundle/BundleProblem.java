package gov.records.governance.reports.bundle;

/**
 * One thing wrong with an uploaded bundle, tied to the file it concerns.
 *
 * @param file the file name inside the bundle, or {@code (archive)} for the zip itself
 * @param kind what is wrong
 * @param detail a sentence for the person checking the bundle
 */
public record BundleProblem(String file, Kind kind, String detail) {

	/** The name used for problems of the zip archive as a whole. */
	public static final String ARCHIVE = "(archive)";

	public enum Kind {

		/** The zip is cut short or is not a zip: its central directory cannot be read. */
		TRUNCATED_ARCHIVE,
		/** A zip entry cannot be read (damaged compressed data). */
		CORRUPT_ENTRY,
		/** Listed in the manifest (or required) but not in the zip. */
		MISSING,
		/** In the zip but not listed in the manifest. */
		EXTRA,
		/** The file's SHA-256 differs from the manifest's. */
		HASH_MISMATCH,
		/** The manifest cannot be read. */
		MALFORMED_MANIFEST,
		/** The CMS signature does not verify over the manifest. */
		BAD_SIGNATURE,
		/** The signature verifies, but with a certificate that is not trusted. */
		UNTRUSTED_SIGNER,
		/** {@code cert.pem} is not the certificate that made the signature. */
		CERTIFICATE_MISMATCH

	}

}
