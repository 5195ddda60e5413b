package gov.records.governance.sync;

import gov.records.governance.connectors.ConnectorOptions;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Quick retries (1-5 ms) and a 1 MiB answer limit, so fault tests run fast. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConnectorOptions {

	@Bean
	ConnectorOptions connectorOptions() {
		return ConnectorOptions.defaults()
			.withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5))
			.withMaxResponseBytes(1024 * 1024);
	}

}
