/**
 * Tests of the console's security: login, throttling, the prod profile, headers.
 */
@NullMarked
package gov.records.governance.security;

import org.jspecify.annotations.NullMarked;
