package gov.records.governance.holds;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.ModelFixture;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link HoldService#find} reads one hold by its key and gives what
 * {@link HoldService#list} gives for it: the same row, the same part of its scope named,
 * nothing for a hold that reaches none of the user's organizations.
 */
@Transactional
@Import(ModelFixture.class)
abstract class HoldLookupContract {

	private static final String OFFICER = "RECORDS_OFFICER";

	@Autowired
	ModelFixture fixture;

	@Autowired
	HoldService holds;

	long ours;

	long theirs;

	long wickr;

	@BeforeEach
	void organizations() {
		long department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.ours = this.fixture.organization(department, "OURS", OrganizationKind.OFFICE);
		this.theirs = this.fixture.organization(department, "THEIRS", OrganizationKind.OFFICE);
		this.wickr = this.fixture.platform("Wickr", PlatformKind.WICKR);
		this.fixture.bind("records", department);
		this.fixture.bind("reader", this.ours);
	}

	@Test
	void aHoldIsFoundByIdAsTheListShowsItWithOnlyTheUsersPartNamed() {
		long ourGroup = this.fixture.group(this.wickr, this.ours, "Our pilot", ModelFixture.kept());
		long theirGroup = this.fixture.group(this.wickr, this.theirs, "Their pilot", ModelFixture.kept());
		HoldRow both = place("FOIA-1", Set.of(ourGroup, theirGroup));
		HoldRow onlyTheirs = place("FOIA-2", Set.of(theirGroup));

		HoldRow found = as("reader", () -> this.holds.find(both.id()), "INSPECTOR").orElseThrow();
		assertThat(found.scope()).containsExactly("Group Our pilot", "1 more outside your organizations");
		assertThat(found).isEqualTo(as("reader",
				() -> this.holds.list().stream().filter((h) -> h.id() == both.id()).findFirst().orElseThrow(),
				"INSPECTOR"));
		assertThat(as("reader", () -> this.holds.find(onlyTheirs.id()), "INSPECTOR")).as("outside the user's scope")
			.isEmpty();
		assertThat(as("records", () -> this.holds.find(onlyTheirs.id()), OFFICER).orElseThrow().scope())
			.containsExactly("Group Their pilot");
		assertThat(as("reader", () -> this.holds.find(onlyTheirs.id() + 1000), "INSPECTOR")).as("no such hold")
			.isEmpty();
	}

	private HoldRow place(String reference, Set<Long> groups) {
		return as("records", () -> this.holds.place(new HoldDraft(HoldKind.FOIA, reference, "Pilot records", null,
				Instant.now().minusSeconds(60), Set.of(), groups, Set.of())), OFFICER);
	}

}
