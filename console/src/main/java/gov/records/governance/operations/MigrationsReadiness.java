package gov.records.governance.operations;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health/readiness} as {@code migrations}: UP when Flyway has no
 * pending migration. The HTTP port opens only after Flyway migrated (or waited for
 * another instance migrating), so this is OUT_OF_SERVICE only when the schema lacks a
 * migration this build carries (Flyway switched off at start-up); once up to date it is
 * not asked again.
 */
@Component("migrations")
class MigrationsReadiness implements HealthIndicator {

	private final Flyway flyway;

	private volatile boolean current;

	MigrationsReadiness(Flyway flyway) {
		this.flyway = flyway;
	}

	@Override
	public Health health() {
		if (this.current) {
			return Health.up().build();
		}
		int pending = this.flyway.info().pending().length;
		if (pending == 0) {
			this.current = true;
			return Health.up().build();
		}
		return Health.outOfService().withDetail("pendingMigrations", pending).build();
	}

}
