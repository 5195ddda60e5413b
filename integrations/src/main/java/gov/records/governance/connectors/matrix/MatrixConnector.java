package gov.records.governance.connectors.matrix;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.CaptureState;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.ConnectorOptions;
import gov.records.governance.connectors.Credentials;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.connectors.transport.HttpCall;
import gov.records.governance.connectors.transport.Json;
import gov.records.governance.connectors.transport.JsonTransport;
import gov.records.governance.connectors.transport.RequestAuthenticator;
import gov.records.governance.connectors.transport.SharedHttpClient;
import gov.records.governance.connectors.transport.Unsupported;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Synapse homeserver. A group is a room; its setting is the room's
 * {@code m.room.retention} {@code max_lifetime} (ms), absent meaning no room limit. Rooms
 * and users come from the Synapse Admin API, retention from the client-server API
 * (falling back to the admin room-state API for rooms the console's account is not in).
 * Writing the same state twice is harmless (Synapse keeps the existing event), and
 * {@link #apply} reads first, so a repeat writes nothing.
 */
public final class MatrixConnector implements BackendConnector {

	private static final String RETENTION = "m.room.retention";

	private final JsonTransport transport;

	private final String base;

	private final String serverName;

	private final int pageSize;

	private final Clock clock;

	public MatrixConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options) {
		this(client, settings, options, Clock.systemUTC());
	}

	MatrixConnector(SharedHttpClient client, ConnectionSettings settings, ConnectorOptions options, Clock clock) {
		if (!(settings.credentials() instanceof Credentials.BearerToken token)) {
			throw new IllegalArgumentException("Matrix needs an access token");
		}
		this.base = settings.baseUrl().toString();
		this.serverName = settings.externalId();
		this.pageSize = options.pageSize();
		this.clock = clock;
		this.transport = new JsonTransport(client, options, "Matrix " + this.serverName,
				RequestAuthenticator.bearer(token.token()), new MatrixErrors());
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.MATRIX;
	}

	@Override
	public PlatformStatus fetchStatus() {
		return this.transport.reading("reading the status", this::readStatus);
	}

	private PlatformStatus readStatus() {
		List<GroupStatus> groups = new ArrayList<>();
		long from = 0;
		while (true) {
			JsonNode page = this.transport.send(HttpCall.get("ListRooms",
					uri("/_synapse/admin/v1/rooms?from=" + from + "&limit=" + this.pageSize + "&order_by=name")));
			for (JsonNode room : Json.array(page, "rooms")) {
				String id = Json.text(room, "room_id");
				JsonNode retention = retention(id);
				String name = Json.text(room, "name", Json.text(room, "canonical_alias", id));
				groups.add(new GroupStatus(id, name, settings(retention),
						new AccountCounts(Json.number(room, "joined_members", 0), 0, 0), null));
			}
			JsonNode next = page.get("next_batch");
			if (next == null || next.isNull()) {
				break;
			}
			long nextFrom = next.isNumber() ? next.longValue() : Long.parseLong(next.asString());
			if (nextFrom <= from) {
				throw new ConnectorException(Kind.MALFORMED_RESPONSE,
						this.transport.label() + ": ListRooms next_batch did not advance");
			}
			from = nextFrom;
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("rooms", Integer.toString(groups.size()));
		return new PlatformStatus(PlatformKind.MATRIX, this.serverName, this.serverName, facts, groups, users(),
				CaptureState.notSupported("Matrix has no built-in capture"), this.clock.instant());
	}

	@Override
	public ApplyResult apply(String groupExternalId, DeletionSettings settings, String idempotencyToken) {
		return this.transport.reading("applying settings to " + groupExternalId,
				() -> write(groupExternalId, settings, idempotencyToken));
	}

	private ApplyResult write(String groupExternalId, DeletionSettings settings, String idempotencyToken) {
		Unsupported.check(this.transport.label(), settings);
		JsonNode current = retention(groupExternalId);
		Long wanted = settings.autoDelete() ? settings.maxLifetime().toMillis() : null;
		Long now = (current != null && current.path("max_lifetime").isNumber())
				? current.get("max_lifetime").longValue() : null;
		if (java.util.Objects.equals(wanted, now)) {
			return new ApplyResult(groupExternalId, settings(current), false, idempotencyToken, List.of());
		}
		ObjectNode content = (current != null && current.isObject()) ? ((ObjectNode) current).deepCopy()
				: Json.MAPPER.createObjectNode();
		content.remove("max_lifetime");
		if (wanted != null) {
			content.put("max_lifetime", wanted);
		}
		this.transport.send(HttpCall.write("SetRoomRetention", "PUT", stateUri(groupExternalId),
				Json.MAPPER.writeValueAsBytes(content), null, true));
		return new ApplyResult(groupExternalId, settings(content), true, idempotencyToken, List.of());
	}

	/** The room's retention content, or null when the room has none. */
	private @Nullable JsonNode retention(String roomId) {
		try {
			return this.transport.send(HttpCall.get("GetRoomRetention", stateUri(roomId)));
		}
		catch (ConnectorException ex) {
			if (ex.kind() == Kind.NOT_FOUND && ex.getMessage().contains("M_NOT_FOUND")) {
				return null;
			}
			if (ex.status() != 403) {
				throw ex;
			}
		}
		JsonNode state = this.transport
			.send(HttpCall.get("GetRoomState", uri("/_synapse/admin/v1/rooms/" + encode(roomId) + "/state")));
		for (JsonNode event : Json.array(state, "state")) {
			if (RETENTION.equals(Json.text(event, "type", "")) && Json.text(event, "state_key", "").isEmpty()) {
				return Json.object(event, "content");
			}
		}
		return null;
	}

	private AccountCounts users() {
		long[] counts = new long[3];
		String from = "0";
		while (from != null) {
			JsonNode page = this.transport.send(HttpCall.get("ListUsers", uri("/_synapse/admin/v2/users?from=" + from
					+ "&limit=" + this.pageSize + "&deactivated=true&guests=false")));
			for (JsonNode user : Json.array(page, "users")) {
				boolean suspended = Json.flag(user, "deactivated", false) || Json.flag(user, "locked", false)
						|| Json.flag(user, "suspended", false);
				boolean pending = !Json.flag(user, "approved", true);
				counts[suspended ? 2 : pending ? 1 : 0]++;
			}
			JsonNode next = page.get("next_token");
			String nextFrom = (next == null || next.isNull()) ? null : next.asString();
			if (nextFrom != null && nextFrom.equals(from)) {
				throw new ConnectorException(Kind.MALFORMED_RESPONSE,
						this.transport.label() + ": ListUsers next_token did not advance");
			}
			from = nextFrom;
		}
		return new AccountCounts(counts[0], counts[1], counts[2]);
	}

	private static DeletionSettings settings(@Nullable JsonNode retention) {
		JsonNode max = (retention == null) ? null : retention.get("max_lifetime");
		boolean deletes = max != null && max.isNumber();
		return new DeletionSettings(deletes, deletes ? Duration.ofMillis(max.longValue()) : null, null, 0, false);
	}

	private URI stateUri(String roomId) {
		return uri("/_matrix/client/v3/rooms/" + encode(roomId) + "/state/" + RETENTION + "/");
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
