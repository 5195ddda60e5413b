package gov.records.governance;

import gov.records.governance.shared.TimeConfig;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What the integration tests boot: the policy model, the connectors, the sync and the
 * outbox, with method security on, from an empty schema. Nothing is scheduled: the tests
 * sync and drain the outbox themselves.
 */
@SpringBootApplication
@EnableMethodSecurity
@ConfigurationPropertiesScan
@Import(TimeConfig.class)
public class IntegrationsTestApplication {

	@Bean
	FlywayMigrationStrategy cleanMigrate() {
		return (Flyway flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
