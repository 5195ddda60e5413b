package gov.records.governance.authorization;

import gov.records.governance.authorization.MatrixHttp.Answer;
import gov.records.governance.authorization.MatrixHttp.Call;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import gov.records.governance.groups.capabilities.LifetimeRange;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The records the matrix's cells point at, one inside the component administrator's scope
 * (FEC) and one outside it for each kind, and the arrangements that keep them fit for the
 * next cell: a write that a cell performed is undone or replaced before another cell
 * needs the record. Groups are chosen so that a settings change between shredder
 * intensities 0 and 20 applies at once and an auto-delete of one day waits for approval,
 * and each group serves one purpose only, so a cell on one cannot disturb another.
 */
final class MatrixData {

	/** The groups' resting settings: nothing deleted, no shredding, captured. */
	static final String RESTING = settings(false, null, 0);

	/** Messages deleted after a day: a loosening that waits for a records officer. */
	static final String LOOSENING = settings(true, 86_400L, 0);

	/**
	 * Messages deleted after 25 years, the longest Mattermost holds (DD043): on a group
	 * whose requirement permits it, a change that applies at once, and keeping everything
	 * again applies at once too.
	 */
	static final String KEEPING_LONG = settings(true, LifetimeRange.LONGEST.toSeconds(), 0);

	private static final JsonNode RESTING_SETTINGS = MatrixHttp.JSON.readTree(RESTING);

	private final JdbcTemplate jdbc;

	private final MatrixHttp http;

	private final AtomicInteger counter = new AtomicInteger();

	final Map<Scope, Long> organization = new EnumMap<>(Scope.class);

	final Map<Scope, Long> changeGroup = new EnumMap<>(Scope.class);

	final Map<Scope, Long> approvalGroup = new EnumMap<>(Scope.class);

	final Map<Scope, Long> holdGroup = new EnumMap<>(Scope.class);

	final Map<Scope, Long> assignmentGroup = new EnumMap<>(Scope.class);

	/**
	 * A group locked at seven years while arranging, and locked again by the lock cells
	 * (the same retention: nothing changes); no other cell changes it.
	 */
	final Map<Scope, Long> lockGroup = new EnumMap<>(Scope.class);

	/** The lock placed on the inside lock group, which the removal cells try to lift. */
	final long lock;

	/** The matrix's NA-1005 form, imported while arranging. */
	final long form;

	private long suggestion = -1;

	final Map<Scope, Long> report = new EnumMap<>(Scope.class);

	private final Map<Scope, Long> pending = new EnumMap<>(Scope.class);

	private final Map<Scope, Long> hold = new EnumMap<>(Scope.class);

	/**
	 * A schedule item assigned to the assignment group inside and the one outside FEC.
	 */
	final long listedItem;

	/** A schedule item whose edit cells save it again unchanged. */
	final long editedItem;

	/** The successor a superseding cell names. */
	static final String SUCCESSOR = "MATRIX / 000";

	/** A table of the reports' CSV downloads. */
	final String reportTable;

	private final Map<Scope, Long> assignment = new EnumMap<>(Scope.class);

	final long platform;

	final String simulatedGroup;

	/** What a component administrator must never be shown: records outside its scope. */
	final List<String> outsideMarkers = new ArrayList<>();

	MatrixData(JdbcTemplate jdbc, MatrixHttp http) {
		this.jdbc = jdbc;
		this.http = http;
		Map<String, Object> fec = jdbc
			.queryForMap("select id, tree_left, tree_right from organization where code = 'FEC'");
		int left = ((Number) fec.get("tree_left")).intValue();
		int right = ((Number) fec.get("tree_right")).intValue();
		this.organization.put(Scope.IN, ((Number) fec.get("id")).longValue());
		this.organization.put(Scope.OUT, jdbc.queryForObject("""
				select min(o.id) from organization o join organization root on o.parent_id = root.id
				where root.parent_id is null and o.code <> 'FEC'""", Long.class));
		this.platform = jdbc.queryForObject("select min(id) from platform where kind = 'MATTERMOST'", Long.class);
		List<Long> inside = restingGroups(left, right, true);
		List<Long> outside = restingGroups(left, right, false);
		for (Map.Entry<Scope, List<Long>> side : Map.of(Scope.IN, inside, Scope.OUT, outside).entrySet()) {
			List<Long> ids = new ArrayList<>(side.getValue());
			long approval = ids.stream()
				.filter(this::waitsForApproval)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no group " + side.getKey()
						+ " FEC where a loosening change waits for approval: " + side.getValue()));
			ids.remove(approval);
			this.approvalGroup.put(side.getKey(), approval);
			long change = ids.stream()
				.filter(this::appliesAtOnce)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no group " + side.getKey()
						+ " FEC where deleting after 25 years applies at once: " + side.getValue()));
			ids.remove(change);
			this.changeGroup.put(side.getKey(), change);
			long assignment = ids.stream()
				.filter(this::noHoldReaches)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"no group " + side.getKey() + " FEC that no legal hold reaches: " + side.getValue()));
			ids.remove(assignment);
			this.assignmentGroup.put(side.getKey(), assignment);
			this.holdGroup.put(side.getKey(), ids.get(0));
		}
		// the inside lock group is the next resting group inside; outside, the simulated
		// group comes first, then the lock group
		List<Long> insideUsed = List.of(this.changeGroup.get(Scope.IN), this.approvalGroup.get(Scope.IN),
				this.holdGroup.get(Scope.IN), this.assignmentGroup.get(Scope.IN));
		this.lockGroup.put(Scope.IN,
				inside.stream()
					.filter((id) -> !insideUsed.contains(id))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("no resting group left in FEC to lock: " + inside)));
		List<Long> used = new ArrayList<>();
		for (Map<Scope, Long> purpose : List.of(this.changeGroup, this.approvalGroup, this.holdGroup,
				this.assignmentGroup)) {
			used.add(purpose.get(Scope.OUT));
		}
		List<Long> unused = outside.stream().filter((id) -> !used.contains(id)).toList();
		if (unused.size() < 2) {
			throw new IllegalStateException(
					"too few resting groups outside FEC for the simulator and a lock: " + outside);
		}
		long simulated = unused.get(0);
		this.lockGroup.put(Scope.OUT, unused.get(1));
		this.simulatedGroup = jdbc.queryForObject("select external_id from messaging_group where id = ?", String.class,
				simulated);
		for (long id : used) {
			this.outsideMarkers
				.add(jdbc.queryForObject("select external_id from messaging_group where id = ?", String.class, id));
			// an assignment row names its group by id
			this.outsideMarkers.add("\"groupId\":" + id + ",");
		}
		long placed = -1;
		for (Scope scope : List.of(Scope.OUT, Scope.IN)) {
			placed = this.http.must(Call.post("/api/locks", placeLock(scope)), "records").json().get("id").asLong();
		}
		this.lock = placed;
		this.http.must(new Call("POST", "/api/capstone/forms?filename=matrix.json",
				MatrixHttp.Body.json(form("GRS 6.1-0999-2026-0001", "Deputy Matrix Liaison"))), "records");
		this.form = this.jdbc
			.queryForObject("select id from capstone_form where form_number = 'GRS 6.1-0999-2026-0001'", Long.class);
		for (Scope scope : List.of(Scope.IN, Scope.OUT)) {
			this.report.put(scope, requestReport(this.organization.get(scope)));
		}
		this.report.values().forEach(this::awaitReport);
		this.reportTable = this.http.must(Call.get("/api/reports/" + this.report.get(Scope.IN) + "/csv"), "inspector")
			.json()
			.get("tables")
			.get(0)
			.asString();
		this.http.must(Call.post("/api/schedules/items", item("000")), "records");
		this.editedItem = newItem();
		this.listedItem = newItem();
		for (Scope scope : List.of(Scope.IN, Scope.OUT)) {
			this.http.must(Call.post("/api/schedules/items/" + this.listedItem + "/assignments", assign(scope)),
					"records");
		}
	}

	/** A lock of the scope's lock group at seven years (its settings keep everything). */
	String placeLock(Scope scope) {
		return "{\"target\": \"GROUP\", \"targetId\": " + this.lockGroup.get(scope)
				+ ", \"minRetention\": \"P7Y\", \"reason\": \"authorization matrix\"}";
	}

	/**
	 * An NA-1005 form of NARA's JSON export, of a number of its own, with a position no
	 * demo account holds (so designating changes no demo account's category).
	 */
	static String form(String number, String position) {
		return "[{\"Number\": \"" + number + "\", \"Received Date\": \"10/27/2025\", \"Total Accounts\": \"1\", "
				+ "\"Name of Agency to Which this Form Applies\": \"Authorization Matrix Office\", "
				+ "\"Superseding a Previous Submission\": \"No\", "
				+ "\"Category 1 Position Title/Role and Number of Accounts\": \"Not applicable, no positions in this category\", "
				+ "\"Category 2 Position Title/Role and Number of Accounts\": \"Not applicable, no positions in this category\", "
				+ "\"Category 3 Position Title/Role and Number of Accounts\": \"" + position + ", 1\", "
				+ "\"Category 3 Total Accounts\": \"1\", "
				+ "\"Chief Records Officer for the U.S. Approval Date\": \"2026-01-02\"}]";
	}

	/** A form never imported before: importing it creates it. */
	String newForm() {
		int n = 100 + this.counter.incrementAndGet();
		return form("GRS 6.1-0999-2026-" + String.format("%04d", n), "Matrix Form Officer " + n);
	}

	/**
	 * A Capstone suggestion that waits for a records officer: the one a cell left, or a
	 * new one once a cell decided it. A new account (as a platform sync would store it,
	 * inside FEC, in no group) holds the matrix form's position in other words, and the
	 * records officer's designation run suggests it.
	 */
	long pendingSuggestion() {
		if (this.suggestion > 0 && "PENDING".equals(this.jdbc
			.queryForObject("select status from capstone_suggestion where id = ?", String.class, this.suggestion))) {
			return this.suggestion;
		}
		String external = "matrix-liaison-" + this.counter.incrementAndGet() + "@example.gov";
		this.jdbc.update("""
				insert into account (platform_id, organization_id, external_id, display_name, position_title,
				                     role_category, official, status)
				values (?, ?, ?, 'Matrix Liaison', 'Matrix Liaison, Dep.', 'GENERAL', false, 'ACTIVE')""",
				this.platform, this.organization.get(Scope.IN), external);
		this.http.must(Call.post("/api/capstone/designations", null), "records");
		this.suggestion = this.jdbc.queryForObject("""
				select s.id from capstone_suggestion s join account a on a.id = s.account_id
				where a.platform_id = ? and a.external_id = ? and s.status = 'PENDING'""", Long.class, this.platform,
				external);
		return this.suggestion;
	}

	/** The body of a new schedule item with a number of its own. */
	String newItemBody() {
		return item(String.valueOf(100 + this.counter.incrementAndGet()));
	}

	/** A new schedule item, made by the records officer; its id. */
	long newItem() {
		return this.http.must(Call.post("/api/schedules/items", newItemBody()), "records").json().get("id").asLong();
	}

	/** The edited item as it is, at its current version: saving it changes nothing. */
	String editBody() {
		long version = this.jdbc.queryForObject("select version from schedule_item where id = ?", Long.class,
				this.editedItem);
		String number = this.jdbc.queryForObject("select item_number from schedule_item where id = ?", String.class,
				this.editedItem);
		return "{\"version\": " + version + ", " + item(number).substring(1);
	}

	/** Ends the item, replaced by {@link #SUCCESSOR}, at the version it has now. */
	String supersedeBody(long id) {
		return "{\"version\": " + itemVersion(id) + ", \"supersededBy\": \"" + SUCCESSOR + "\"}";
	}

	/** Ends the item with no successor, at the version it has now. */
	String retireBody(long id) {
		return "{\"version\": " + itemVersion(id) + "}";
	}

	/** An assignment body: the assignment group of the scope. */
	String assign(Scope scope) {
		return "{\"target\": \"GROUP\", \"targetId\": " + this.assignmentGroup.get(scope) + "}";
	}

	/**
	 * An assignment to the scope's assignment group that still exists: the one a cell
	 * left, or a new one (on a new item) once a cell removed it.
	 */
	long existingAssignment(Scope scope) {
		Long id = this.assignment.get(scope);
		if (id != null && this.jdbc.queryForObject("select count(*) from schedule_assignment where id = ?",
				Integer.class, id) == 1) {
			return id;
		}
		long made = this.http
			.must(Call.post("/api/schedules/items/" + newItem() + "/assignments", assign(scope)), "records")
			.json()
			.get("id")
			.asLong();
		this.assignment.put(scope, made);
		return made;
	}

	private long itemVersion(long id) {
		return this.jdbc.queryForObject("select version from schedule_item where id = ?", Long.class, id);
	}

	private static String item(String number) {
		return "{\"scheduleCode\": \"MATRIX\", \"scheduleTitle\": \"Authorization matrix\", "
				+ "\"scheduleKind\": \"AGENCY\", \"itemNumber\": \"" + number + "\", "
				+ "\"title\": \"Authorization matrix item\", \"disposition\": \"TEMPORARY\", "
				+ "\"minRetention\": \"P1D\", \"effectiveFrom\": \"2020-01-01\"}";
	}

	/**
	 * Five to eight Mattermost groups with no hold and no waiting change, inside or
	 * outside the FEC subtree, each put at rest first (keeping everything is a
	 * tightening: it applies at once); a group where that does not apply is passed over.
	 */
	private List<Long> restingGroups(int left, int right, boolean inside) {
		List<Long> candidates = this.jdbc.queryForList("""
				select g.id from messaging_group g
				join organization o on o.id = g.organization_id
				join platform p on p.id = g.platform_id
				where p.kind = 'MATTERMOST' and (o.tree_left between ? and ?) = ?
				  and not exists (select 1 from legal_hold_scope s where s.group_id = g.id)
				  and not exists (select 1 from change_request r where r.group_id = g.id and r.status = 'PENDING')
				order by g.id""", Long.class, left, right, inside);
		List<Long> resting = new ArrayList<>();
		for (long id : candidates) {
			if (resting.size() == 8) {
				break;
			}
			JsonNode group = group(id);
			if (!RESTING_SETTINGS.equals(group.get("group").get("settings"))) {
				Answer answer = this.http.api(
						Call.post("/api/groups/" + id + "/changes", change(group.get("version").asLong(), RESTING)),
						"admin");
				if (answer.status() != 201) {
					continue;
				}
			}
			resting.add(id);
		}
		if (resting.size() < 5) {
			throw new IllegalStateException("the demo data has too few Mattermost groups without holds "
					+ (inside ? "in" : "outside") + " FEC: " + resting);
		}
		return resting;
	}

	/** Whether {@link #KEEPING_LONG} would apply at once on this group. */
	private boolean appliesAtOnce(long id) {
		JsonNode preview = this.http
			.must(Call.post("/api/groups/" + id + "/changes/preview",
					change(group(id).get("version").asLong(), KEEPING_LONG)), "admin")
			.json();
		return "APPLIED".equals(preview.get("outcome").asString());
	}

	/**
	 * Whether no legal hold reaches the group (through its organization or its members as
	 * well as by name), so an assignment to it may be removed: the loosening preview
	 * names no hold that freezes it.
	 */
	private boolean noHoldReaches(long id) {
		JsonNode preview = this.http
			.must(Call.post("/api/groups/" + id + "/changes/preview",
					change(group(id).get("version").asLong(), LOOSENING)), "admin")
			.json();
		return preview.get("frozenBy").isEmpty();
	}

	/**
	 * Whether the loosening change of {@link #pendingRequest} would wait on this group.
	 */
	private boolean waitsForApproval(long id) {
		JsonNode preview = this.http
			.must(Call.post("/api/groups/" + id + "/changes/preview",
					change(group(id).get("version").asLong(), LOOSENING)), "admin")
			.json();
		return "PENDING_APPROVAL".equals(preview.get("outcome").asString());
	}

	/** A report on the organization, requested as the inspector. */
	private long requestReport(long organizationId) {
		return this.http.must(Call.post("/api/reports", "{\"type\": \"DEPLOYMENT_STATUS\", \"organizationId\": "
				+ organizationId + ", \"asOf\": \"" + Instant.now() + "\"}"), "inspector")
			.json()
			.get("id")
			.asLong();
	}

	/** Waits until the report is generated. */
	private void awaitReport(long id) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			String status = this.jdbc.queryForObject("select status from report where id = ?", String.class, id);
			if ("DONE".equals(status)) {
				return;
			}
			if ("FAILED".equals(status)) {
				throw new IllegalStateException("report " + id + " failed");
			}
			pause();
		}
		throw new IllegalStateException("report " + id + " did not finish within 60 s");
	}

	/**
	 * The groups-list query that finds exactly the change group: its organization and
	 * name, so a list outside the caller's scope would show that group by name.
	 */
	String listQuery(Scope scope) {
		Map<String, Object> group = this.jdbc
			.queryForMap("select organization_id, name from messaging_group where id = ?", this.changeGroup.get(scope));
		return "organizationId=" + group.get("organization_id") + "&name="
				+ URLEncoder.encode((String) group.get("name"), StandardCharsets.UTF_8);
	}

	/** The bundle of the inside report, as downloaded by the inspector. */
	byte[] bundle() {
		return this.http.must(Call.get("/api/reports/" + this.report.get(Scope.IN) + "/bundle"), "inspector").bytes();
	}

	/**
	 * A settings change of the change group that applies at once and that Mattermost
	 * holds: keeping everything ↔ deleting after 25 years.
	 */
	String applyingChange(Scope scope) {
		JsonNode group = group(this.changeGroup.get(scope));
		boolean deletes = group.get("group").get("settings").get("autoDelete").asBoolean();
		return change(group.get("version").asLong(), deletes ? RESTING : KEEPING_LONG);
	}

	/**
	 * A change request on the approval group that waits for a records officer: the one a
	 * cell left pending, or a new one (after putting the group back to rest if a cell
	 * approved the last).
	 */
	long pendingRequest(Scope scope) {
		Long id = this.pending.get(scope);
		if (id != null && "PENDING"
			.equals(this.jdbc.queryForObject("select status from change_request where id = ?", String.class, id))) {
			return id;
		}
		long groupId = this.approvalGroup.get(scope);
		JsonNode group = group(groupId);
		if (group.get("group").get("settings").get("autoDelete").asBoolean()) {
			this.http.must(
					Call.post("/api/groups/" + groupId + "/changes", change(group.get("version").asLong(), RESTING)),
					"admin");
			group = group(groupId);
		}
		JsonNode outcome = this.http
			.must(Call.post("/api/groups/" + groupId + "/changes", change(group.get("version").asLong(), LOOSENING)),
					"admin")
			.json();
		if (!"PENDING_APPROVAL".equals(outcome.get("status").asString())) {
			throw new IllegalStateException("the loosening change of group " + groupId + " did not wait: " + outcome);
		}
		long request = outcome.get("requestId").asLong();
		this.pending.put(scope, request);
		return request;
	}

	/** A legal hold on the hold group that is still in force. */
	long activeHold(Scope scope) {
		Long id = this.hold.get(scope);
		if (id != null && this.jdbc.queryForObject("select released_at is null from legal_hold where id = ?",
				Boolean.class, id)) {
			return id;
		}
		long placed = this.http.must(Call.post("/api/holds", placeHold(scope)), "records").json().get("id").asLong();
		this.hold.put(scope, placed);
		return placed;
	}

	/** The body of a new hold on the hold group, with a case reference of its own. */
	String placeHold(Scope scope) {
		String reference = "MATRIX-" + scope + "-" + this.counter.incrementAndGet();
		if (scope == Scope.OUT) {
			this.outsideMarkers.add(reference);
		}
		return "{\"kind\": \"AUDIT\", \"caseReference\": \"" + reference
				+ "\", \"title\": \"Authorization matrix\", \"groupIds\": [" + this.holdGroup.get(scope) + "]}";
	}

	/** The body releasing the active hold, at the version it has now. */
	String releaseHold(long holdId) {
		long version = this.jdbc.queryForObject("select version from legal_hold where id = ?", Long.class, holdId);
		return "{\"version\": " + version + ", \"reason\": \"authorization matrix\"}";
	}

	boolean autoRemediate() {
		return this.jdbc.queryForObject("select auto_remediate from platform where id = ?", Boolean.class,
				this.platform);
	}

	/**
	 * The simulated group's governed settings, as a direct change that changes nothing.
	 */
	String sameSettingsDirectly() {
		return "{\"platformKind\": \"MATTERMOST\", \"groupExternalId\": \"" + this.simulatedGroup + "\", \"settings\": "
				+ RESTING + "}";
	}

	/** Takes back every fault and delay a cell switched on in the simulator. */
	void clearSimulator() {
		this.http.must(Call.post("/api/simulator/clear", null), "admin");
	}

	private JsonNode group(long id) {
		return this.http.must(Call.get("/api/groups/" + id), "admin").json();
	}

	private static String change(long version, String settings) {
		return "{\"expectedVersion\": " + version + ", \"settings\": " + settings
				+ ", \"reason\": \"authorization matrix\"}";
	}

	private static String settings(boolean autoDelete, @Nullable Long maxLifetime, int shredder) {
		return "{\"autoDelete\": " + autoDelete + ", \"maxLifetimeSeconds\": " + maxLifetime
				+ ", \"burnOnReadSeconds\": null, \"shredderIntensity\": " + shredder + ", \"captureEnabled\": true}";
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
