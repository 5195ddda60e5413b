/**
 * Sign-in through Keycloak (the {@code keycloak} profile): OIDC authorization code with
 * PKCE for the console, bearer tokens from the same realm for the REST API, roles and
 * organization scope from the token (DD030), RP-initiated logout, and the audit events of
 * both.
 */
@NullMarked
package gov.records.governance.security.keycloak;

import org.jspecify.annotations.NullMarked;
