package gov.records.governance.authorization;

import gov.records.governance.authorization.MatrixHttp.Body;
import gov.records.governance.authorization.MatrixHttp.Call;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How each API operation is called in a cell: the ids of the scope filled into its path,
 * and a body that would be valid, so that the answer reflects authorization, not
 * validation. An operation the API document lists without a recipe here fails the matrix:
 * a new endpoint needs a decision and a way to ask it.
 */
final class ApiRecipes {

	/** A cell's request for a scope, and what to undo after it succeeded. */
	record Recipe(Function<Scope, Call> call, Consumer<Scope> afterSuccess) {
	}

	private final Map<String, Recipe> recipes = new HashMap<>();

	ApiRecipes(MatrixData data) {
		// groups: read any group; change the change group (0 <-> 20 shredding applies at
		// once)
		add("GET /api/groups", (s) -> Call.get("/api/groups?" + data.listQuery(s)));
		add("GET /api/groups/{id}", (s) -> Call.get("/api/groups/" + data.changeGroup.get(s)));
		add("GET /api/groups/{id}/history", (s) -> Call.get("/api/groups/" + data.changeGroup.get(s) + "/history"));
		add("GET /api/groups/{id}/settings",
				(s) -> Call.get("/api/groups/" + data.changeGroup.get(s) + "/settings?at=" + Instant.now()));
		add("GET /api/groups/{id}/backend", (s) -> Call.get("/api/groups/" + data.changeGroup.get(s) + "/backend"));
		add("POST /api/groups/{id}/changes/preview", (s) -> Call
			.post("/api/groups/" + data.changeGroup.get(s) + "/changes/preview", data.applyingChange(s)));
		add("POST /api/groups/{id}/changes",
				(s) -> Call.post("/api/groups/" + data.changeGroup.get(s) + "/changes", data.applyingChange(s)));
		// approvals: a request that waits, made anew once a cell decided the last one
		add("GET /api/approvals", (s) -> Call.get("/api/approvals"));
		add("POST /api/approvals/{id}/approve", (s) -> Call
			.post("/api/approvals/" + data.pendingRequest(s) + "/approve", "{\"comment\": \"authorization matrix\"}"));
		add("POST /api/approvals/{id}/reject", (s) -> Call.post("/api/approvals/" + data.pendingRequest(s) + "/reject",
				"{\"comment\": \"authorization matrix\"}"));
		// the audit log and the public verifiable log
		add("GET /api/audit", (s) -> Call.get("/api/audit?size=5"));
		add("GET /api/audit/verify", (s) -> Call.get("/api/audit/verify"));
		add("GET /api/audit/export", (s) -> Call.get("/api/audit/export"));
		add("GET /api/log/checkpoint", (s) -> Call.get("/api/log/checkpoint"));
		add("GET /api/log/verifier-key", (s) -> Call.get("/api/log/verifier-key"));
		add("GET /api/log/verifier-keys", (s) -> Call.get("/api/log/verifier-keys"));
		add("GET /api/log/proofs/inclusion", (s) -> Call.get("/api/log/proofs/inclusion?seq=1"));
		add("GET /api/log/proofs/consistency", (s) -> Call.get("/api/log/proofs/consistency?old=1"));
		// capture bots and device inventories
		add("POST /api/capture/reports", (s) -> Call.post("/api/capture/reports",
				"{\"platformId\": " + data.platform + ", \"received\": 3, \"saved\": 3, \"failed\": 0}"));
		add("POST /api/inventory", (s) -> new Call("POST", "/api/inventory?fileName=matrix.csv", new Body("text/csv",
				("device,user,app name,last seen\n" + "MATRIX-1,nobody@example.gov,Calculator,2026-11-30T00:00:00Z\n")
					.getBytes(StandardCharsets.UTF_8))));
		// legal holds: one in force on the hold group, placed anew once a cell released
		// it
		add("GET /api/holds", (s) -> Call.get("/api/holds"));
		add("GET /api/holds/{id}", (s) -> Call.get("/api/holds/" + data.activeHold(s)));
		add("POST /api/holds", (s) -> Call.post("/api/holds", data.placeHold(s)));
		add("POST /api/holds/{id}/release", (s) -> {
			long hold = data.activeHold(s);
			return Call.post("/api/holds/" + hold + "/release", data.releaseHold(hold));
		});
		// platforms: the switch is set to what it is, so a success changes nothing
		add("GET /api/platforms", (s) -> Call.get("/api/platforms"));
		add("POST /api/platforms/{id}/sync", (s) -> Call.post("/api/platforms/" + data.platform + "/sync", null));
		add("PUT /api/platforms/{id}/auto-remediate", (s) -> new Call("PUT",
				"/api/platforms/" + data.platform + "/auto-remediate",
				Body.json("{\"autoRemediate\": " + data.autoRemediate() + ", \"reason\": \"authorization matrix\"}")));
		// reports: one finished report per scope, made while arranging
		add("GET /api/reports", (s) -> Call.get("/api/reports"));
		add("POST /api/reports", (s) -> Call.post("/api/reports", "{\"type\": \"DEPLOYMENT_STATUS\", "
				+ "\"organizationId\": " + data.organization.get(s) + ", \"asOf\": \"" + Instant.now() + "\"}"));
		add("GET /api/reports/{id}", (s) -> Call.get("/api/reports/" + data.report.get(s)));
		add("GET /api/reports/{id}/bundle", (s) -> Call.get("/api/reports/" + data.report.get(s) + "/bundle"));
		// a report's files alone, as the bundle holds them
		add("GET /api/reports/{id}/pdf", (s) -> Call.get("/api/reports/" + data.report.get(s) + "/pdf"));
		add("GET /api/reports/{id}/json", (s) -> Call.get("/api/reports/" + data.report.get(s) + "/json"));
		add("GET /api/reports/{id}/csv", (s) -> Call.get("/api/reports/" + data.report.get(s) + "/csv"));
		add("GET /api/reports/{id}/csv/{table}",
				(s) -> Call.get("/api/reports/" + data.report.get(s) + "/csv/" + data.reportTable));
		add("POST /api/reports/verify",
				(s) -> new Call("POST", "/api/reports/verify", new Body("application/zip", data.bundle())));
		// schedule items: the catalogue serves the whole department; a write that ends an
		// item gets a new one each time, an edit saves the item as it is
		add("GET /api/schedules/items", (s) -> Call.get("/api/schedules/items"));
		add("GET /api/schedules/items/{id}", (s) -> Call.get("/api/schedules/items/" + data.listedItem));
		add("POST /api/schedules/items", (s) -> Call.post("/api/schedules/items", data.newItemBody()));
		add("PUT /api/schedules/items/{id}",
				(s) -> new Call("PUT", "/api/schedules/items/" + data.editedItem, Body.json(data.editBody())));
		add("POST /api/schedules/items/{id}/supersede", (s) -> {
			long item = data.newItem();
			return Call.post("/api/schedules/items/" + item + "/supersede", data.supersedeBody(item));
		});
		add("POST /api/schedules/items/{id}/retire", (s) -> {
			long item = data.newItem();
			return Call.post("/api/schedules/items/" + item + "/retire", data.retireBody(item));
		});
		// assignments: listed where their target lies in the caller's organizations (the
		// listed item is assigned to a group inside FEC and one outside); made and
		// removed
		// on the assignment group of the scope
		add("GET /api/schedules/items/{id}/assignments",
				(s) -> Call.get("/api/schedules/items/" + data.listedItem + "/assignments"));
		add("POST /api/schedules/items/{id}/assignments",
				(s) -> Call.post("/api/schedules/items/" + data.newItem() + "/assignments", data.assign(s)));
		add("DELETE /api/schedules/assignments/{id}",
				(s) -> new Call("DELETE", "/api/schedules/assignments/" + data.existingAssignment(s), null));
		// retention locks: the lock cells lock the scope's lock group again at the same
		// seven years (nothing changes); a removal is refused and audited
		add("GET /api/locks", (s) -> Call.get("/api/locks"));
		add("POST /api/locks", (s) -> Call.post("/api/locks", data.placeLock(s)));
		add("DELETE /api/locks/{id}", (s) -> new Call("DELETE", "/api/locks/" + data.lock, null));
		// Capstone: an import brings a form never seen; a decision takes the suggestion
		// waiting, made anew (a new account, a designation run) once a cell decided it
		add("GET /api/capstone/forms", (s) -> Call.get("/api/capstone/forms"));
		add("POST /api/capstone/forms",
				(s) -> new Call("POST", "/api/capstone/forms?filename=matrix.json", Body.json(data.newForm())));
		add("GET /api/capstone/forms/{id}/positions",
				(s) -> Call.get("/api/capstone/forms/" + data.form + "/positions"));
		add("GET /api/capstone/designations", (s) -> Call.get("/api/capstone/designations"));
		add("POST /api/capstone/designations", (s) -> Call.post("/api/capstone/designations", null));
		add("GET /api/capstone/suggestions", (s) -> Call.get("/api/capstone/suggestions"));
		add("POST /api/capstone/suggestions/{id}/confirm",
				(s) -> Call.post("/api/capstone/suggestions/" + data.pendingSuggestion() + "/confirm", null));
		add("POST /api/capstone/suggestions/{id}/reject",
				(s) -> Call.post("/api/capstone/suggestions/" + data.pendingSuggestion() + "/reject", null));
		add("GET /api/capstone/reconciliation", (s) -> Call.get("/api/capstone/reconciliation"));
		// the demo's simulator: what a cell switched on is cleared again
		add("GET /api/simulator", (s) -> Call.get("/api/simulator"));
		this.recipes.put("POST /api/simulator/faults",
				new Recipe(
						(s) -> Call.post("/api/simulator/faults",
								"{\"fault\": \"SERVER_ERROR\", \"times\": 1, \"platformKind\": \"MATRIX\"}"),
						(s) -> data.clearSimulator()));
		add("POST /api/simulator/latency", (s) -> Call.post("/api/simulator/latency", "{\"millis\": 0}"));
		add("POST /api/simulator/clear", (s) -> Call.post("/api/simulator/clear", null));
		add("POST /api/simulator/direct-changes",
				(s) -> Call.post("/api/simulator/direct-changes", data.sameSettingsDirectly()));
	}

	private void add(String operation, Function<Scope, Call> call) {
		this.recipes.put(operation, new Recipe(call, (s) -> {
		}));
	}

	Optional<Recipe> recipe(String operation) {
		return Optional.ofNullable(this.recipes.get(operation));
	}

}
