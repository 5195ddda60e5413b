package gov.records.governance.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import gov.records.governance.authorization.ApiRecipes.Recipe;
import gov.records.governance.authorization.DecisionTable.Row;
import gov.records.governance.authorization.MatrixHttp.Answer;
import gov.records.governance.authorization.MatrixHttp.Call;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The standing authorization matrix (issue 12, build item 4; DD045). Every operation of
 * the API document ({@code /v3/api-docs}, read from the running console) and every route
 * of Vaadin's route registry, for anonymous and each demo user, with ids inside and
 * outside the component administrator's scope, is asked over real HTTP and its answer
 * compared with one decision table: {@code authorization/api-decisions.csv} and
 * {@code authorization/view-decisions.csv} in the test resources. An operation or route
 * without a row fails, and so does a row for one that no longer exists.
 * <p>
 * The context has a database of its own and is closed afterwards, since the write cells
 * (changes, approvals, holds) change its data. Run with
 * {@code -Dgovernance.matrix.print=true} to print the answers observed as table rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:authorization-matrix;DB_CLOSE_DELAY=-1")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	static final DecisionTable API = DecisionTable.load("/authorization/api-decisions.csv");

	static final DecisionTable VIEWS = DecisionTable.load("/authorization/view-decisions.csv");

	private static final Pattern ROUTE_PARAMETER = Pattern.compile(":([A-Za-z]+)[^/]*");

	private static final boolean PRINT = Boolean.getBoolean("governance.matrix.print");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ServletContext servletContext;

	private MatrixHttp http;

	private MatrixData data;

	private ApiRecipes recipes;

	@BeforeAll
	void arrange() {
		this.http = new MatrixHttp(this.port);
		this.data = new MatrixData(this.jdbc, this.http);
		this.recipes = new ApiRecipes(this.data);
	}

	@Test
	void everyOperationOfTheApiDocumentHasADecisionAndARecipe() {
		Set<String> documented = documentedOperations();
		assertThat(documented).as("the API document lists the operations").hasSizeGreaterThan(30);
		assertThat(undecided(documented, API))
			.as("operations of /v3/api-docs without a row in %s, or rows "
					+ "without an operation, or rows of the wrong shape", API.name())
			.isEmpty();
		assertThat(documented.stream().filter((op) -> this.recipes.recipe(op).isEmpty()).toList())
			.as("operations without a way to call them in ApiRecipes")
			.isEmpty();
	}

	@Test
	void everyRouteHasADecision() {
		Set<String> routes = new LinkedHashSet<>(registeredRoutes().keySet());
		assertThat(routes).as("Vaadin's route registry").contains("/", "/groups/:groupId");
		assertThat(undecided(routes, VIEWS))
			.as("routes of the registry without a row in %s, or rows without a " + "route, or rows of the wrong shape",
					VIEWS.name())
			.isEmpty();
		assertThat(routes.stream().filter((route) -> path(route, Scope.IN).isEmpty()).toList())
			.as("routes with a parameter the matrix cannot fill")
			.isEmpty();
	}

	@Test
	void theApiAnswersEveryRoleAsTheTableDecides() {
		List<String> wrong = new ArrayList<>();
		List<String> observed = new ArrayList<>();
		for (Row row : API.rows()) {
			Optional<Recipe> recipe = this.recipes.recipe(row.key());
			if (recipe.isEmpty()) {
				wrong.add(row.key() + ": no recipe");
				continue;
			}
			List<String> statuses = new ArrayList<>();
			for (String principal : DecisionTable.PRINCIPALS) {
				Call call = recipe.get().call().apply(row.scope());
				Answer answer = this.http.api(call, user(principal));
				String status = String.valueOf(answer.status());
				statuses.add(status);
				String cell = row.key() + " [" + row.scope() + "] as " + principal + " (" + API.name() + " line "
						+ row.line() + ")";
				if (!status.equals(row.expected().get(principal))) {
					wrong.add(cell + ": decided " + row.expected().get(principal) + ", answered " + status + " "
							+ abbreviated(answer.text()));
				}
				if (answer.status() / 100 == 2) {
					if (principal.equals("admin-fec")) {
						this.data.outsideMarkers.stream()
							.filter(answer.text()::contains)
							.forEach((marker) -> wrong.add(cell + ": shows " + marker + ", outside its scope"));
					}
					recipe.get().afterSuccess().accept(row.scope());
				}
			}
			observed.add(row.key() + "," + row.scope() + "," + String.join(",", statuses));
		}
		print(observed);
		assertThat(wrong).as("cells whose answer differs from the decision table").isEmpty();
	}

	@Test
	void theViewsOpenForEveryRoleAsTheTableDecides() {
		Map<String, Class<?>> routes = registeredRoutes();
		Map<String, List<String>> observed = new LinkedHashMap<>();
		List<String> wrong = new ArrayList<>();
		for (String principal : DecisionTable.PRINCIPALS) {
			MatrixHttp.Session session = this.http.session();
			if (user(principal) != null) {
				session.signIn(principal);
			}
			ViewProbe probe = new ViewProbe(session);
			for (Row row : VIEWS.rows()) {
				Optional<String> path = path(row.key(), row.scope());
				Class<?> target = routes.get(row.key());
				if (path.isEmpty() || target == null) {
					continue;
				}
				PageTitle title = target.getAnnotation(PageTitle.class);
				String outcome = probe.open(path.get(), (title != null) ? title.value() : null).toString();
				observed.computeIfAbsent(row.key() + "," + row.scope(), (k) -> new ArrayList<>()).add(outcome);
				if (!outcome.equals(row.expected().get(principal))) {
					wrong.add(row.key() + " [" + row.scope() + "] as " + principal + " (" + VIEWS.name() + " line "
							+ row.line() + "): decided " + row.expected().get(principal) + ", showed " + outcome);
				}
			}
		}
		print(observed.entrySet().stream().map((e) -> e.getKey() + "," + String.join(",", e.getValue())).toList());
		assertThat(wrong).as("views whose outcome differs from the decision table").isEmpty();
	}

	/**
	 * The keys missing from the table, the rows for keys that do not exist, and bad
	 * shapes.
	 */
	static List<String> undecided(Set<String> existing, DecisionTable table) {
		List<String> problems = new ArrayList<>();
		existing.stream().filter((key) -> !table.keys().contains(key)).forEach((key) -> problems.add("no row: " + key));
		table.keys()
			.stream()
			.filter((key) -> !existing.contains(key))
			.forEach((key) -> problems.add("no such operation or route: " + key));
		problems.addAll(table.shapeProblems());
		return problems;
	}

	private Set<String> documentedOperations() {
		Answer document = this.http.api(Call.get("/v3/api-docs"), null);
		assertThat(document.status()).as("GET /v3/api-docs").isEqualTo(200);
		Set<String> operations = new LinkedHashSet<>();
		document.json()
			.get("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
		return operations;
	}

	/** Every route of the registry as {@code /template}, with its view class. */
	private Map<String, Class<?>> registeredRoutes() {
		Map<String, Class<?>> routes = new LinkedHashMap<>();
		for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(this.servletContext))
			.getRegisteredRoutes()) {
			routes.put("/" + route.getTemplate(), route.getNavigationTarget());
		}
		return routes;
	}

	/**
	 * The route's path for a scope, with its parameters filled; empty if one is unknown.
	 */
	private Optional<String> path(String route, Scope scope) {
		Matcher parameters = ROUTE_PARAMETER.matcher(route.substring(1));
		StringBuilder path = new StringBuilder();
		while (parameters.find()) {
			if (!parameters.group(1).equals("groupId")) {
				return Optional.empty();
			}
			Scope side = (scope == Scope.ANY) ? Scope.IN : scope;
			parameters.appendReplacement(path, String.valueOf(this.data.changeGroup.get(side)));
		}
		parameters.appendTail(path);
		return Optional.of(path.toString());
	}

	private static @Nullable String user(String principal) {
		return principal.equals("anonymous") ? null : principal;
	}

	private static String abbreviated(String text) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() > 160) ? line.substring(0, 160) + "…" : line;
	}

	private static void print(List<String> rows) {
		if (PRINT) {
			System.out.println("operation,scope," + String.join(",", DecisionTable.PRINCIPALS));
			rows.forEach(System.out::println);
		}
	}

}
