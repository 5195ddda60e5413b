package gov.records.governance.capstone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matcher's own reading of titles (one pass, no regular expression) agrees with the
 * importer's, and loose matching finds what DD061 says and nothing else.
 */
class TitleMatcherTest {

	private static final List<PositionRow> POSITIONS = List.of(position(1, "Director, Office of Policy"),
			position(2, "Chief Information Officer"), position(3, "Principal Military Deputy, ASN (RD&A)"),
			position(4, "Assistant Secretary for Management"));

	private final TitleMatcher matcher = new TitleMatcher(POSITIONS);

	@Test
	void normalisingAgreesWithTheImporter() {
		for (String title : List.of("  Director,\u00a0 Office\tof POLICY ", "\u2003 x ", "", " ", "A\r\nB",
				"Principal Military Deputy, ASN (RD&A)", "\u0130stanbul Office", "\u001f Chief \u001c",
				"\u00c9cole DIRECTOR", "MiXeD  CaSe\tTitle", "Z@[`{")) {
			assertThat(TitleMatcher.normalize(title)).as(title).isEqualTo(PositionCell.normalize(title));
		}
	}

	@Test
	void exactMatchesIgnoreOnlyCaseAndSpacing() {
		assertThat(this.matcher.exact("director,  office of POLICY")).extracting(PositionRow::id).isEqualTo(1L);
		assertThat(this.matcher.exact("Director Office of Policy")).isNull();
		assertThat(this.matcher.exact(null)).isNull();
	}

	@Test
	void looseMatchesSpellOutAbbreviationsAndIgnoreOrderAndSmallWords() {
		assertThat(this.matcher.suggested("CIO")).extracting(PositionRow::id).containsExactly(2L);
		assertThat(this.matcher.suggested("Office of Policy Director")).extracting(PositionRow::id).containsExactly(1L);
		assertThat(this.matcher.suggested("Asst. Sec. for Management")).extracting(PositionRow::id).containsExactly(4L);
		assertThat(this.matcher.suggested("Principal Military Deputy ASN RD & A")).extracting(PositionRow::id)
			.containsExactly(3L);
		assertThat(this.matcher.suggested("Deputy Director, Office of Policy")).isEmpty();
		assertThat(this.matcher.suggested("Director")).isEmpty();
		assertThat(this.matcher.suggested("Program Analyst, Unit 17")).isEmpty();
		assertThat(this.matcher.suggested("  ")).isEmpty();
		assertThat(TitleMatcher.loose("Asst. Sec. & the Dir")).isEqualTo("assistant director secretary");
		assertThat(TitleMatcher.loose("DIRECTOR,  Office of POLICY")).isEqualTo("director office policy");
		assertThat(TitleMatcher.loose("Dir. \u00c9cole")).isEqualTo("cole director");
	}

	private static PositionRow position(long id, String title) {
		return new PositionRow(id, 1, "GRS 6.1-0001-2020-0001", 1, title, PositionCell.normalize(title), 1);
	}

}
