package gov.records.governance.capstone;

import org.jspecify.annotations.Nullable;

/**
 * One position a form designates: its Capstone category (1 to 10), its title as the form
 * writes it (spacing tidied), and the number of accounts the form allows for it, or null
 * where the form gives none.
 */
public record DesignatedPosition(int category, String title, @Nullable Integer accounts) {

}
