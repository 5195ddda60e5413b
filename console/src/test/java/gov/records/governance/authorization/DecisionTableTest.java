package gov.records.governance.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decision tables' own rules, without a console: every operation needs a row, every
 * row an operation, each decided once for any scope or once inside and once outside; and
 * the tables in the resources are well formed.
 */
class DecisionTableTest {

	private static final String HEADER = "operation,scope," + String.join(",", DecisionTable.PRINCIPALS) + "\n";

	@Test
	void aNewOperationWithoutARowAndARowWithoutAnOperationAreBothReported() {
		DecisionTable table = DecisionTable.parse("t", HEADER + "GET /api/groups,any,401,200,200,200,200,200,403\n");
		Set<String> documented = new LinkedHashSet<>(List.of("GET /api/groups", "DELETE /api/groups/{id}"));
		assertThat(AuthorizationMatrixTest.undecided(documented, table))
			.containsExactly("no row: DELETE /api/groups/{id}");
		assertThat(AuthorizationMatrixTest.undecided(Set.of(), table))
			.containsExactly("no such operation or route: GET /api/groups");
	}

	@Test
	void aScopedOperationIsDecidedInsideAndOutside() {
		DecisionTable table = DecisionTable.parse("t",
				HEADER + "GET /api/holds/{id},in,401,200,200,200,200,200,403\n"
						+ "GET /api/holds,any,401,200,200,200,200,200,403\n"
						+ "GET /api/holds,in,401,200,200,200,200,200,403\n");
		assertThat(table.shapeProblems()).hasSize(2)
			.anySatisfy((p) -> assertThat(p).contains("GET /api/holds/{id}"))
			.anySatisfy((p) -> assertThat(p).contains("GET /api/holds "));
	}

	@Test
	void aRowWithAMissingCellOrAWrongHeaderIsRefused() {
		assertThatThrownBy(() -> DecisionTable.parse("t", HEADER + "GET /api/holds,any,401,200\n"))
			.hasMessageContaining("line 2");
		assertThatThrownBy(() -> DecisionTable.parse("t", "operation,scope,cio\n")).hasMessageContaining("header");
	}

	@Test
	void theTablesInTheResourcesAreWellFormed() {
		for (DecisionTable table : List.of(AuthorizationMatrixTest.API, AuthorizationMatrixTest.VIEWS)) {
			assertThat(table.shapeProblems()).as(table.name()).isEmpty();
			assertThat(table.rows()).as(table.name()).isNotEmpty();
		}
		assertThat(AuthorizationMatrixTest.API.rows())
			.allSatisfy((row) -> assertThat(row.expected().values()).allMatch((cell) -> cell.matches("[1-5]\\d\\d")));
		assertThat(AuthorizationMatrixTest.VIEWS.rows()).allSatisfy((row) -> row.expected()
			.values()
			.forEach((cell) -> assertThat(ViewProbe.Outcome.of(cell).toString()).isEqualTo(cell)));
	}

}
