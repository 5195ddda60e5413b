package gov.records.governance.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.ModelFixture;
import gov.records.governance.Users;
import gov.records.governance.access.AppRoles;
import gov.records.governance.organizations.OrganizationKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platforms of the list views' filters are kept briefly (DD077): with every pooled
 * connection in use the list still answers, a platform added behind the service's back
 * shows only once it is told, and a change made through the service shows at once.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:platforms-kept;DB_CLOSE_DELAY=-1",
		"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=500" })
@Import(ModelFixture.class)
class PlatformListKeptH2Test {

	@Autowired
	PlatformService platforms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ModelFixture fixture;

	@Test
	void theListIsKeptAndForgottenWhenPlatformsChange() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long wickr = this.fixture.platform("Wickr " + unique, PlatformKind.WICKR);
		assertThat(names()).contains("Wickr " + unique);

		List<Connection> all = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				all.add(this.dataSource.getConnection());
			}
			assertThat(names()).as("answered with every connection in use").contains("Wickr " + unique);
		}
		finally {
			for (Connection connection : all) {
				connection.close();
			}
		}

		this.jdbc.update(
				"insert into platform (name, kind, sanctioned, sync_interval_seconds) values (?, 'OTHER', false, 0)",
				"Signal " + unique);
		assertThat(names()).as("kept: not read again yet").doesNotContain("Signal " + unique);
		this.platforms.platformsChanged();
		assertThat(names()).contains("Signal " + unique);

		long department = this.fixture.organization(null, "D" + unique, OrganizationKind.DEPARTMENT);
		this.fixture.bind("admin-" + unique, department);
		Users.as("admin-" + unique, () -> this.platforms.setAutoRemediate(wickr, true, "test"),
				AppRoles.PLATFORM_ADMIN);
		assertThat(Users.as("cio", this.platforms::list, AppRoles.CIO)).filteredOn((p) -> p.id() == wickr)
			.singleElement()
			.extracting(PlatformSummary::autoRemediate)
			.isEqualTo(true);
	}

	private List<String> names() {
		return Users.as("cio", this.platforms::list, AppRoles.CIO).stream().map(PlatformSummary::name).toList();
	}

}
