package gov.records.governance.reports.bundle;

import java.util.Set;

/** The fixed files of a signed bundle, next to the report files. */
public final class SignedBundle {

	/** sha256sum-style lines: {@code <64 hex digits><two spaces><file name>}. */
	public static final String MANIFEST = "MANIFEST.sha256";

	/**
	 * Detached DER CMS (PKCS#7) signature over {@link #MANIFEST}, with the certificate.
	 */
	public static final String SIGNATURE = "MANIFEST.p7s";

	/** The signing certificate, PEM. */
	public static final String CERTIFICATE = "cert.pem";

	/**
	 * The audit log's signed checkpoint (C2SP tlog-checkpoint) at the time of the report.
	 */
	public static final String CHECKPOINT = "checkpoint.txt";

	/** How to verify the bundle by hand. */
	public static final String INSTRUCTIONS = "VERIFY.txt";

	static final Set<String> RESERVED_NAMES = Set.of(MANIFEST, SIGNATURE, CERTIFICATE, CHECKPOINT, INSTRUCTIONS);

	private SignedBundle() {
	}

}
