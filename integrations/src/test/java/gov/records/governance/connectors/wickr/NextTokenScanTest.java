package gov.records.governance.connectors.wickr;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.transport.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

	@Test
	void readsATokenAtTheEndBackwardsOnlyWhenItIsTheTopLevelObjectsLastMember() {
		assertThat(tail("{\"securityGroups\":[],\"nextToken\":\"t\"} \n")).isPositive();
		assertThat(tail("{\"nextToken\" : \"t\"}")).isPositive();
		// the same bytes at the end, but inside a string, a group or an array
		assertThat(tail("{\"a\":\"x\\\",\\\"nextToken\\\":\\\"y\"}")).isNegative();
		assertThat(tail("{\"a\":{\"nextToken\":\"in\"}}")).isNegative();
		assertThat(tail("[{\"nextToken\":\"in\"}]")).isNegative();
		assertThat(tail("{\"a\":\"\\\"nextToken\":\"y\"}")).isNegative();
		assertThat(tail("{\"nextToken\":null}")).isNegative();
		assertThat(tail("\"nextToken\":\"y\"}")).isNegative();
		// an escaped backslash just before the closing quote of the value before
		assertThat(scan("{\"a\":\"\\\\\",\"nextToken\":\"t\"}")).isEqualTo("t");
		assertThat(scan("{\"a\":\"x\\\",\\\"nextToken\\\":\\\"y\"}")).isNull();
	}

	/**
	 * Random pages, with fields in any order and strings full of quotes, backslashes and
	 * look-alike tokens: the scan always finds what a full parse finds.
	 */
	@Test
	void agreesWithTheFullParseOnRandomPages() {
		Random random = new Random(20261202);
		String[] pieces = { "nextToken", "\"", "\\", ":", ",", "{", "}", "[", "]", " ", "x", "\u00e9",
				"\"nextToken\":\"" };
		for (int page = 0; page < 5_000; page++) {
			List<String> members = new ArrayList<>();
			int groups = random.nextInt(3);
			StringBuilder array = new StringBuilder("[");
			for (int g = 0; g < groups; g++) {
				array.append((g > 0) ? "," : "")
					.append("{\"id\":")
					.append(quoted(random, pieces))
					.append(",\"name\":")
					.append(quoted(random, pieces))
					.append(",\"securityGroupSettings\":{\"maxTtl\":60}")
					.append(",\"nextToken\":")
					.append(quoted(random, pieces))
					.append('}');
			}
			members.add("\"securityGroups\":" + array.append(']'));
			if (random.nextBoolean()) {
				members.add("\"note\":" + quoted(random, pieces));
			}
			if (random.nextInt(4) > 0) {
				members.add("\"nextToken\":" + (random.nextInt(10) == 0 ? "null" : quoted(random, pieces)));
			}
			Collections.shuffle(members, random);
			String json = "{" + String.join(random.nextBoolean() ? "," : " , ", members) + "}"
					+ (random.nextBoolean() ? "\n" : "");
			String parsed = WickrJson.groupsPage(json.getBytes(StandardCharsets.UTF_8), (group) -> {
			});
			assertThat(scan(json)).as(json).isEqualTo(parsed);
			assertThat(NextTokenScan.scan(json.getBytes(StandardCharsets.UTF_8))).as(json).isEqualTo(parsed);
		}
	}

	private static String quoted(Random random, String[] pieces) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(6);
		for (int i = 0; i < length; i++) {
			text.append(pieces[random.nextInt(pieces.length)]);
		}
		return Json.MAPPER.writeValueAsString(text.toString());
	}

	private static int tail(String json) {
		return NextTokenScan.lastMemberValue(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String scan(String json) {
		return NextTokenScan.find(json.getBytes(StandardCharsets.UTF_8));
	}

}
