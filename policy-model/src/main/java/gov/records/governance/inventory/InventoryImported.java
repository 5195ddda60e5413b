package gov.records.governance.inventory;

/**
 * A device inventory was imported: the unsanctioned-platform findings need a fresh look.
 */
public record InventoryImported(long importId, int sightings) {

}
