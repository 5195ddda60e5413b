package gov.records.governance.simulator;

import gov.records.governance.connectors.transport.Json;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Synapse homeserver: the admin room list and room state, the admin user list (v2), and
 * a room's {@code m.room.retention} state through the client-server API. As Synapse does,
 * sending state identical to the current state returns the existing event instead of a
 * new one. Rooms listed as not joined refuse the console's account (403 M_FORBIDDEN).
 */
final class MatrixBackend {

	private static final String RETENTION = "m.room.retention";

	private static final class Room {

		final String id;

		final String name;

		final long joined;

		Map<String, Object> retention;

		String eventId;

		Room(String id, String name, long joined) {
			this.id = id;
			this.name = name;
			this.joined = joined;
		}

	}

	private final Map<String, Room> rooms = new LinkedHashMap<>();

	private final SyntheticUsers users = new SyntheticUsers();

	private final String serverName;

	private final String token;

	private final Set<String> notJoined;

	private final SimulatorCounters counters;

	private long events;

	MatrixBackend(String serverName, String token, Set<String> notJoined, SimulatorCounters counters) {
		this.serverName = serverName;
		this.token = token;
		this.notJoined = Set.copyOf(notJoined);
		this.counters = counters;
	}

	synchronized void seed(SimulatedGroup seed) {
		Room room = new Room(seed.externalId(), seed.name(), seed.accounts().active());
		setRetention(room, seed.settings());
		this.rooms.put(room.id, room);
		this.users.add(room.id, seed.accounts());
	}

	synchronized boolean changeDirectly(String roomId, DeletionSettings settings) {
		Room room = this.rooms.get(roomId);
		if (room == null) {
			return false;
		}
		setRetention(room, settings);
		return true;
	}

	synchronized Optional<DeletionSettings> settings(String roomId) {
		Room room = this.rooms.get(roomId);
		if (room == null) {
			return Optional.empty();
		}
		Object max = (room.retention == null) ? null : room.retention.get("max_lifetime");
		return Optional.of(new DeletionSettings(max != null,
				(max != null) ? Duration.ofMillis(((Number) max).longValue()) : null, null, 0, false));
	}

	SimResponse handle(SimRequest request) {
		String authorization = request.header("authorization");
		if (authorization.isEmpty()) {
			this.counters.refusedCredentials();
			return error(401, "M_MISSING_TOKEN", "Missing access token");
		}
		if (!BearerScheme.carries(authorization, this.token)) {
			this.counters.refusedCredentials();
			return error(401, "M_UNKNOWN_TOKEN", "Invalid access token passed.");
		}
		synchronized (this) {
			if (request.rawPath().startsWith("/_synapse/admin/v1/rooms")) {
				return adminRooms(request, request.segments("/_synapse/admin/v1/rooms"));
			}
			if (request.rawPath().startsWith("/_synapse/admin/v2/users") && request.method().equals("GET")) {
				return adminUsers(request);
			}
			if (request.rawPath().equals("/_matrix/client/v3/joined_rooms") && request.method().equals("GET")) {
				List<String> joined = this.rooms.keySet()
					.stream()
					.filter((id) -> !this.notJoined.contains(id))
					.toList();
				return SimResponse.json(200, Map.of("joined_rooms", joined));
			}
			if (request.rawPath().equals("/_matrix/client/v3/account/whoami") && request.method().equals("GET")) {
				return SimResponse.json(200,
						Map.of("user_id", consoleUser(), "device_id", "GOVCONSOLE", "is_guest", false));
			}
			if (request.rawPath().startsWith("/_matrix/client/v3/rooms/")) {
				return roomState(request, request.segments("/_matrix/client/v3/rooms"));
			}
			return error(404, "M_UNRECOGNIZED", "Unrecognized request");
		}
	}

	private SimResponse adminRooms(SimRequest request, List<String> path) {
		if (path.isEmpty() && request.method().equals("GET")) {
			Map<String, String> query = request.query();
			int from = Math.max(0, parseInt(query.get("from"), 0));
			int limit = Math.max(1, parseInt(query.get("limit"), 100));
			List<Room> all = new ArrayList<>(this.rooms.values());
			List<Object> page = new ArrayList<>();
			for (int i = from; i < Math.min(from + limit, all.size()); i++) {
				page.add(roomJson(all.get(i)));
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("rooms", page);
			body.put("offset", from);
			body.put("total_rooms", all.size());
			if (from + limit < all.size()) {
				body.put("next_batch", from + limit);
			}
			if (from > 0) {
				body.put("prev_batch", Math.max(0, from - limit));
			}
			return SimResponse.json(200, body);
		}
		if (path.size() == 2 && path.get(1).equals("state") && request.method().equals("GET")) {
			Room room = this.rooms.get(path.get(0));
			if (room == null) {
				return error(404, "M_NOT_FOUND", "Room not found");
			}
			return SimResponse.json(200, Map.of("state", state(room)));
		}
		return error(404, "M_UNRECOGNIZED", "Unrecognized request");
	}

	private SimResponse roomState(SimRequest request, List<String> path) {
		boolean fullState = path.size() == 2 && path.get(1).equals("state") && request.method().equals("GET");
		boolean retention = path.size() == 3 && path.get(1).equals("state") && path.get(2).equals(RETENTION);
		if (!fullState && !retention) {
			return error(404, "M_UNRECOGNIZED", "Unrecognized request");
		}
		Room room = this.rooms.get(path.get(0));
		if (room == null || this.notJoined.contains(room.id)) {
			return error(403, "M_FORBIDDEN",
					"User " + consoleUser() + " not in room " + path.get(0) + ", and room previews are disabled");
		}
		if (fullState) {
			return SimResponse.json(200, state(room));
		}
		if (request.method().equals("GET")) {
			return (room.retention == null) ? error(404, "M_NOT_FOUND", "Event not found.")
					: SimResponse.json(200, room.retention);
		}
		if (!request.method().equals("PUT")) {
			return error(405, "M_UNRECOGNIZED", "Unrecognized request");
		}
		JsonNode body;
		try {
			body = Json.MAPPER.readTree(request.body());
		}
		catch (RuntimeException ex) {
			return error(400, "M_NOT_JSON", "Content not JSON.");
		}
		if (body == null || !body.isObject()) {
			return error(400, "M_BAD_JSON", "Content must be a JSON object.");
		}
		JsonNode max = body.get("max_lifetime");
		if (max != null && (!max.isIntegralNumber() || max.longValue() < 0)) {
			return error(400, "M_BAD_JSON", "'max_lifetime' must be a non-negative integer");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> content = Json.MAPPER.convertValue(body, Map.class);
		if (content.equals(room.retention)) {
			return SimResponse.json(200, Map.of("event_id", room.eventId));
		}
		room.retention = content;
		room.eventId = "$" + (++this.events) + "retention";
		this.counters.apply(PlatformKind.MATRIX, room.id);
		return SimResponse.json(200, Map.of("event_id", room.eventId));
	}

	private SimResponse adminUsers(SimRequest request) {
		Map<String, String> query = request.query();
		long from = Math.max(0, parseInt(query.get("from"), 0));
		int limit = Math.max(1, parseInt(query.get("limit"), 100));
		boolean deactivated = Boolean.parseBoolean(query.getOrDefault("deactivated", "false"));
		List<Object> page = new ArrayList<>();
		long i = from;
		for (; i < this.users.size() && page.size() < limit; i++) {
			SyntheticUsers.User user = this.users.get(i);
			boolean gone = user.status() == AccountStatus.SUSPENDED;
			if (gone && !deactivated) {
				continue;
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("name", "@user" + user.number() + ":" + this.serverName);
			json.put("is_guest", false);
			json.put("admin", false);
			json.put("user_type", null);
			json.put("deactivated", gone);
			json.put("locked", false);
			json.put("shadow_banned", false);
			json.put("displayname", "User " + user.number());
			json.put("avatar_url", null);
			json.put("creation_ts", 1_700_000_000_000L);
			json.put("approved", user.status() != AccountStatus.PENDING);
			json.put("erased", false);
			page.add(json);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("users", page);
		body.put("total", this.users.size());
		if (i < this.users.size()) {
			body.put("next_token", Long.toString(i));
		}
		return SimResponse.json(200, body);
	}

	private Map<String, Object> roomJson(Room room) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("room_id", room.id);
		json.put("name", room.name);
		json.put("canonical_alias",
				"#" + room.name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ":" + this.serverName);
		json.put("joined_members", room.joined);
		json.put("joined_local_members", room.joined);
		json.put("version", "10");
		json.put("creator", "@admin:" + this.serverName);
		json.put("encryption", "m.megolm.v1.aes-sha2");
		json.put("federatable", true);
		json.put("public", false);
		json.put("join_rules", "invite");
		json.put("history_visibility", "shared");
		json.put("state_events", state(room).size());
		return json;
	}

	/** The room's full current state, as {@code GET /rooms/{id}/state} returns it. */
	private List<Object> state(Room room) {
		List<Object> state = new ArrayList<>();
		state.add(
				event(room, "m.room.create", "", Map.of("creator", admin(), "room_version", "10"), "$create", admin()));
		state.add(event(room, "m.room.member", admin(), Map.of("membership", "join"), "$adminjoin", admin()));
		if (!this.notJoined.contains(room.id)) {
			state.add(event(room, "m.room.member", consoleUser(), Map.of("membership", "join"), "$consolejoin",
					consoleUser()));
		}
		state.add(event(room, "m.room.power_levels", "",
				Map.of("users", Map.of(admin(), 100, consoleUser(), 100), "state_default", 50), "$power", admin()));
		state.add(event(room, "m.room.join_rules", "", Map.of("join_rule", "invite"), "$join", admin()));
		state.add(event(room, "m.room.history_visibility", "", Map.of("history_visibility", "shared"), "$history",
				admin()));
		state.add(event(room, "m.room.name", "", Map.of("name", room.name), "$name", admin()));
		if (room.retention != null) {
			state.add(event(room, RETENTION, "", room.retention, room.eventId, consoleUser()));
		}
		return state;
	}

	private String admin() {
		return "@admin:" + this.serverName;
	}

	private String consoleUser() {
		return "@console:" + this.serverName;
	}

	private static Map<String, Object> event(Room room, String type, String stateKey, Map<String, Object> content,
			String eventId, String sender) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", type);
		json.put("state_key", stateKey);
		json.put("room_id", room.id);
		json.put("content", content);
		json.put("event_id", eventId);
		json.put("sender", sender);
		json.put("origin_server_ts", 1_700_000_000_000L);
		json.put("unsigned", Map.of("age", 1000));
		return json;
	}

	private void setRetention(Room room, DeletionSettings settings) {
		if (settings.autoDelete() && settings.maxLifetime() != null) {
			room.retention = retentionContent(settings.maxLifetime().toMillis());
			room.eventId = "$" + (++this.events) + "retention";
		}
		else {
			room.retention = null;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> retentionContent(long maxLifetime) {
		return Json.MAPPER.convertValue(Map.of("max_lifetime", maxLifetime), Map.class);
	}

	private static int parseInt(String value, int fallback) {
		try {
			return (value == null) ? fallback : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	static SimResponse error(int status, String errcode, String message) {
		return SimResponse.json(status, Map.of("errcode", errcode, "error", message));
	}

}
