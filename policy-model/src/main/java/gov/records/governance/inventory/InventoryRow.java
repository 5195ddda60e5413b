package gov.records.governance.inventory;

import java.time.Instant;

/**
 * One line of a device inventory: its row number in the file, the device, its user, the
 * app (a store name or a bundle id) and when the device last checked in.
 */
record InventoryRow(int row, String device, String user, String app, Instant lastSeen) {

}
