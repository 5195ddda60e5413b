package gov.records.governance.groups;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFilterTest {

	@Test
	void theAuditTargetNamesOnlyTheSetPartsAndFitsTheAuditColumn() {
		assertThat(GroupFilter.none().auditTarget()).isEqualTo("all");
		assertThat(GroupFilter.none().withOrganization(4L).withNameContains("ops").auditTarget())
			.isEqualTo("organization=4;name=ops");
		String longName = "x".repeat(300);
		assertThat(GroupFilter.none().withPlatform(2L).withNameContains(longName).auditTarget()).hasSize(100)
			.startsWith("platform=2;name=xxx");
	}

}
