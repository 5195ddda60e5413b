package gov.records.governance.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each kind of API endpoint takes (DD022): a JSON body, a
 * device-management inventory (the importer's own limit) and a report bundle to check
 * (the console's upload limit).
 */
@ConfigurationProperties("governance.api.limits")
record ApiLimits(@DefaultValue("1MB") DataSize json, @DefaultValue("20MB") DataSize inventory,
		@DefaultValue("200MB") DataSize bundle) {

	/** The limit for a request to {@code path} (below the context path). */
	long forPath(String path) {
		if (path.equals("/api/inventory")) {
			return this.inventory.toBytes();
		}
		if (path.equals("/api/reports/verify")) {
			return this.bundle.toBytes();
		}
		return this.json.toBytes();
	}

}
