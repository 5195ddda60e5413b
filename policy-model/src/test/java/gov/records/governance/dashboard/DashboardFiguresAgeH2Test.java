package gov.records.governance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.ModelFixture;
import gov.records.governance.Users;
import gov.records.governance.access.AppRoles;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The dashboard service keeps a scope's figures for the max age (DD075): a second user of
 * the same scope gets the figures already counted (with their time), a group added since
 * shows only once they are counted again, and a user of another scope gets figures of its
 * own, never the other scope's. Figures already counted are shown with every connection
 * of the pool in use: a user waiting for figures holds no connection (under load, 20 such
 * users held all ten while the one counting needed one).
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:dashboard-age;DB_CLOSE_DELAY=-1",
		"governance.dashboard.figures-max-age=1h", "spring.datasource.hikari.maximum-pool-size=3",
		"spring.datasource.hikari.connection-timeout=500" })
@Import(ModelFixture.class)
class DashboardFiguresAgeH2Test {

	@Autowired
	ModelFixture fixture;

	@Autowired
	DashboardService dashboard;

	@Autowired
	DataSource dataSource;

	@Test
	void aScopesFiguresAreCountedOncePerMaxAgeAndNeverSharedWithAnotherScope() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long department = this.fixture.organization(null, "D" + unique, OrganizationKind.DEPARTMENT);
		long east = this.fixture.organization(department, "E" + unique, OrganizationKind.COMPONENT);
		long west = this.fixture.organization(department, "W" + unique, OrganizationKind.COMPONENT);
		long platform = this.fixture.platform("Wickr " + unique, PlatformKind.WICKR);
		this.fixture.group(platform, east, "east-1-" + unique, ModelFixture.kept());
		this.fixture.group(platform, west, "west-1-" + unique, ModelFixture.kept());
		this.fixture.bind("east-a-" + unique, east);
		this.fixture.bind("east-b-" + unique, east);
		this.fixture.bind("west-" + unique, west);

		DashboardFigures first = figures("east-a-" + unique);
		assertThat(first.total().groups()).isEqualTo(1);
		this.fixture.group(platform, east, "east-2-" + unique, ModelFixture.kept());
		DashboardFigures again = figures("east-b-" + unique);
		assertThat(again).isSameAs(first);
		assertThat(again.total().groups()).isEqualTo(1);

		DashboardFigures other = figures("west-" + unique);
		assertThat(other).isNotSameAs(first);
		assertThat(other.total().component().id()).isEqualTo(west);
		assertThat(other.total().groups()).isEqualTo(1);

		List<Connection> all = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				all.add(this.dataSource.getConnection());
			}
			assertThat(figures("east-a-" + unique)).isSameAs(first);
			assertThat(figures("west-" + unique)).isSameAs(other);
		}
		finally {
			for (Connection connection : all) {
				connection.close();
			}
		}
	}

	private DashboardFigures figures(String user) {
		return Users.as(user, this.dashboard::figures, AppRoles.PLATFORM_ADMIN);
	}

}
