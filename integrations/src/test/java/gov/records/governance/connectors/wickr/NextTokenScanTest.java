package gov.records.governance.connectors.wickr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The quick scan finds the top-level token only: never one inside a group, a string or an
 * array, whatever the order of the fields.
 */
class NextTokenScanTest {

	@Test
	void findsTheTopLevelTokenWhereverItIs() {
		assertThat(scan("{\"securityGroups\":[{\"id\":\"a\"}],\"nextToken\":\"b2Zmc2V0OjEwMA\"}"))
			.isEqualTo("b2Zmc2V0OjEwMA");
		assertThat(scan("{ \"nextToken\" : \"first\" , \"securityGroups\" : [ ] }")).isEqualTo("first");
	}

	@Test
	void ignoresLookAlikesInsideGroupsStringsAndArrays() {
		assertThat(scan("{\"securityGroups\":[{\"nextToken\":\"inner\",\"name\":\"\\\"nextToken\\\":\\\"x\\\"\"}]}"))
			.isNull();
		assertThat(scan("{\"name\":\"nextToken\",\"other\":[\"nextToken\",\"y\"]}")).isNull();
		assertThat(scan("[\"nextToken\",\"z\"]")).isNull();
	}

	@Test
	void decodesEscapesAndTreatsNullOrEmptyAsTheEnd() {
		assertThat(scan("{\"nextToken\":\"a\\/b\\u0041\"}")).isEqualTo("a/bA");
		assertThat(scan("{\"nextToken\":null}")).isNull();
		assertThat(scan("{\"nextToken\":\"\"}")).isNull();
	}

	@Test
	void answersSomethingHarmlessForBrokenBodies() {
		assertThat(scan("{\"securityGroups\":[{\"id\":\"a")).isNull();
		assertThat(scan("")).isNull();
		assertThat(scan("{\"nextToken\" \"x\"}")).isNull();
	}

	private static String scan(String json) {
		return NextTokenScan.find(json.getBytes(StandardCharsets.UTF_8));
	}

}
