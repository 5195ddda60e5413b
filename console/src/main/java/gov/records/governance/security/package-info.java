/**
 * Console security: login (embedded demo users outside prod), the security filter chain
 * and the current user.
 */
@NullMarked
package security;

import org.jspecify.annotations.NullMarked;
