package gov.records.governance;

import org.flywaydb.core.Flyway;
import gov.records.governance.shared.TimeConfig;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The configuration the policy-model tests boot: the module's entities, repositories and
 * services, with method security on so that service tests see the same role checks as the
 * console.
 */
@SpringBootApplication
@EnableMethodSecurity
@ConfigurationPropertiesScan
@Import(TimeConfig.class)
public class PolicyModelTestApplication {

	/**
	 * Tests always start from an empty schema, also on a PostgreSQL kept between runs.
	 */
	@Bean
	FlywayMigrationStrategy cleanMigrate() {
		return (Flyway flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
