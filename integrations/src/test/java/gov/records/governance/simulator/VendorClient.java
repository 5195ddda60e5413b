package gov.records.governance.simulator;

import gov.records.governance.connectors.transport.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Sends requests as a vendor's own client library does (its headers, exactly), over real
 * HTTP, and reads the status and JSON body.
 */
final class VendorClient {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI base;

	private final Map<String, String> headers;

	VendorClient(URI base, Map<String, String> headers) {
		this.base = base;
		this.headers = new LinkedHashMap<>(headers);
	}

	Answer get(String path) {
		return send("GET", path, null, null);
	}

	Answer post(String path, String contentType, String body) {
		return send("POST", path, contentType, body);
	}

	Answer send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		this.headers.forEach(request::header);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("retry-after").orElse(null),
					response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Answer(int status, String retryAfter, JsonNode body) {

	}

}
