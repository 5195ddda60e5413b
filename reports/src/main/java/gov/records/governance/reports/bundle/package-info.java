/**
 * Signed evidence bundles: a zip of report files with a SHA-256 manifest, a detached CMS
 * signature over it that {@code openssl cms -verify} accepts, the signing certificate and
 * the audit log's checkpoint; the key that signs them; and a verifier that names the file
 * that fails. See
 * {@code docs/design-decisions/DD008-20261122-verifiable-log-and-bundles.md}.
 */
@NullMarked
package gov.records.governance.reports.bundle;

import org.jspecify.annotations.NullMarked;
