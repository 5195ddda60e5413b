/**
 * The API's one error format, RFC 9457 problem details (DD022): the kinds of problem and
 * a writer for answers made outside Spring MVC (security's 401 and 403). Its own package
 * so that both the API and security use it without depending on each other.
 */
@NullMarked
package gov.records.governance.problems;

import org.jspecify.annotations.NullMarked;
