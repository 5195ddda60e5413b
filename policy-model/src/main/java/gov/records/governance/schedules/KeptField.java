package gov.records.governance.schedules;

import java.time.Instant;

/**
 * A field of a schedule item that an import left as a records officer set it by hand,
 * though the file said otherwise: the item ("GRS 4.2 / 020"), the field ("title"), who
 * set it and when.
 */
public record KeptField(String item, String field, String setBy, Instant setAt) {

	@Override
	public String toString() {
		return this.item + " " + this.field.replace('_', ' ');
	}

}
