package gov.records.governance.access;

import java.util.Set;

/**
 * An authentication (or its principal) that brings its own organization scope, read from
 * the identity provider's token when the user signed in. When it names organizations,
 * they take the place of the console's own binding for that user; when it names none, the
 * binding applies.
 */
public interface TokenScope {

	/** The ids of the root organizations the token names; empty when it names none. */
	Set<Long> tokenOrganizationIds();

}
