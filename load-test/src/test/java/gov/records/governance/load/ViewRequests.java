package gov.records.governance.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Opening a view as a browser does on a fresh page load (DD057): the bootstrap page,
 * Flow's init request (which makes the UI and hands out its security key), then the
 * client router's {@code ui-navigate} event over UIDL, which builds the view on the
 * server and answers with its components; the answer must carry the view's title, so a
 * sign-in page in its place fails. Not timed: the browser's rendering, and the grid's own
 * later round trip for its rows.
 */
final class ViewRequests {

	private ViewRequests() {
	}

	static ChainBuilder open(String name, String route, String title) {
		return exec(http(name + ": bootstrap page").get("/" + route).check(status().is(200)))
			.exec(http(name + ": init").get("/")
				.queryParam("v-r", "init")
				.queryParam("location", route)
				.queryParam("query", "")
				.check(status().is(200), jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
						jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("securityKey")))
			.exec(http(name + ": view built (UIDL)").post("/?v-r=uidl&v-uiId=#{uiId}")
				.header("Content-Type", "application/json; charset=UTF-8")
				.body(StringBody("{\"csrfToken\":\"#{securityKey}\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
						+ "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
						+ "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
						+ "\"syncId\":0,\"clientId\":0}"))
				.check(status().is(200), substring("\"" + title + " | Records Governance Console\"").exists()));
	}

}
