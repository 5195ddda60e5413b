package gov.records.governance.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request as the simulator's backends see it (header names in lower case). */
record SimRequest(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

	boolean isWrite() {
		return !this.method.equals("GET") && !this.method.equals("HEAD");
	}

	/** Path segments after {@code prefix}, decoded. */
	List<String> segments(String prefix) {
		String rest = this.rawPath.substring(prefix.length());
		if (rest.startsWith("/")) {
			rest = rest.substring(1);
		}
		if (rest.endsWith("/")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		if (rest.isEmpty()) {
			return List.of();
		}
		return java.util.Arrays.stream(rest.split("/"))
			.map((s) -> URLDecoder.decode(s, StandardCharsets.UTF_8))
			.toList();
	}

	Map<String, String> query() {
		Map<String, String> query = new LinkedHashMap<>();
		if (this.rawQuery != null && !this.rawQuery.isEmpty()) {
			for (String part : this.rawQuery.split("&")) {
				int eq = part.indexOf('=');
				String name = URLDecoder.decode((eq < 0) ? part : part.substring(0, eq), StandardCharsets.UTF_8);
				query.put(name, (eq < 0) ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return query;
	}

	String header(String name) {
		return this.headers.getOrDefault(name, "");
	}

}
