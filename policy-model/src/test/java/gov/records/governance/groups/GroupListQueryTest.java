package gov.records.governance.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupListQueryTest {

	@Test
	void searchTextIsEscapedSoWildcardsMatchLiterally() {
		assertThat(GroupListQuery.namePattern(GroupFilter.none().withNameContains("100%_done\\")))
			.isEqualTo("%100\\%\\_done\\\\%");
	}

	@Test
	void searchIsCaseInsensitiveAndTrimmed() {
		assertThat(GroupListQuery.namePattern(GroupFilter.none().withNameContains("  Ops Team ")))
			.isEqualTo("%ops team%");
	}

	@Test
	void blankSearchMeansNoNameFilter() {
		assertThat(GroupListQuery.namePattern(GroupFilter.none().withNameContains("   "))).isNull();
		assertThat(GroupListQuery.namePattern(GroupFilter.none())).isNull();
	}

}
