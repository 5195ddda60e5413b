/** Tests of the keycloak profile's token mapping, scope, settings and refusals. */
@NullMarked
package gov.records.governance.security.keycloak;

import org.jspecify.annotations.NullMarked;
