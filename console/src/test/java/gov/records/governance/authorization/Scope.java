package gov.records.governance.authorization;

import java.util.Locale;

/**
 * Where the ids of a cell lie: inside the component administrator's scope (the Federal
 * Emergency Coordination Agency), outside it, or no id at all.
 */
enum Scope {

	IN, OUT, ANY;

	static Scope of(String text) {
		return valueOf(text.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
