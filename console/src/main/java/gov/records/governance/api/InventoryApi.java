package gov.records.governance.api;

import gov.records.governance.inventory.DeviceInventoryService;
import gov.records.governance.inventory.InventoryReport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a device-management inventory (the CSV as the request body) to find
 * unsanctioned messaging apps on government devices. All or nothing: a file with bad rows
 * is refused with every problem (400).
 */
@RestController
class InventoryApi {

	/** Read one byte past the service's limit, so an oversized body is refused unread. */
	private static final int READ_LIMIT = 20 * 1024 * 1024 + 1;

	private final DeviceInventoryService inventories;

	InventoryApi(DeviceInventoryService inventories) {
		this.inventories = inventories;
	}

	@PostMapping(path = "/api/inventory", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	InventoryReport importInventory(HttpServletRequest request,
			@RequestParam(name = "fileName", defaultValue = "inventory.csv") String fileName) throws IOException {
		byte[] content;
		try (InputStream in = request.getInputStream()) {
			content = in.readNBytes(READ_LIMIT);
		}
		return this.inventories.importFile(fileName, content);
	}

}
