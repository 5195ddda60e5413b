/**
 * Console security: login (embedded demo users outside prod), the security filter chain
 * and the current user.
 */
@NullMarked
package gov.records.governance.security;

import org.jspecify.annotations.NullMarked;
