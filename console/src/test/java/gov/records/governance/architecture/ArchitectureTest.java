package gov.records.governance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps the structure the architecture notes describe (the team's {@code architecture.md}
 * beside this repository, and DD002) true across all four modules: dependencies point
 * {@code console -> reports, integrations -> policy-model}; features do not reach into
 * each other's {@code domain} packages; views talk to services only; every route declares
 * who may open it.
 */
class ArchitectureTest {

	private static final String ROOT = "gov.records.governance";

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void modulesDependOnlyDownwards() {
		noClasses().that(inModule("policy-model"))
			.should()
			.dependOnClassesThat(inModule("integrations").or(inModule("reports")).or(inModule("console")))
			.check(classes);
		noClasses().that(inModule("integrations"))
			.should()
			.dependOnClassesThat(inModule("reports").or(inModule("console")))
			.check(classes);
		noClasses().that(inModule("reports"))
			.should()
			.dependOnClassesThat(inModule("integrations").or(inModule("console")))
			.check(classes);
	}

	/**
	 * The module rules select classes by where they were loaded from: each selection must
	 * hold classes, or a rule over it would pass without checking anything.
	 */
	@Test
	void everyModuleIsFoundOnTheClassPath() {
		for (String module : List.of("policy-model", "integrations", "reports", "console")) {
			org.assertj.core.api.Assertions.assertThat(classes.stream().filter(inModule(module)::test).count())
				.as("classes found in module %s", module)
				.isGreaterThan(10);
		}
	}

	@Test
	void aFeaturesDomainPackageIsUsedOnlyByThatFeature() {
		for (String feature : List.of("organizations", "platforms", "groups", "schedules", "holds", "settings",
				"access")) {
			classes().that()
				.resideInAPackage(ROOT + "." + feature + ".domain..")
				.should()
				.onlyBeAccessed()
				.byAnyPackage(ROOT + "." + feature + "..")
				.check(classes);
		}
	}

	/**
	 * The HTTP library is the connectors' transport's business (DD015): connectors, sync
	 * and everything else send calls through {@code JsonTransport}.
	 */
	@Test
	void onlyTheConnectorTransportUsesTheHttpLibrary() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".connectors.transport")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.hc..")
			.check(classes);
	}

	@Test
	void viewsUseServicesNotPersistence() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..domain..", "jakarta.persistence..", "org.springframework.jdbc..",
					"org.springframework.data.jpa..", "org.springframework.data.repository..")
			.check(classes);
	}

	/**
	 * Features below the views depend on each other without cycles; views compose
	 * features freely.
	 */
	@Test
	void featuresAreFreeOfCycles() {
		slices().matching(ROOT + ".(*)..")
			.should()
			.beFreeOfCycles()
			.ignoreDependency(
					DescribedPredicate.describe("a view", (JavaClass c) -> c.getPackageName().contains(".ui")),
					DescribedPredicate.alwaysTrue())
			.check(classes);
	}

	/**
	 * Compliance reads what the backends reported (their events, their tables), so
	 * backends must not know compliance: the drift rule's id and the open-drift counts
	 * are compliance's, reached through the {@code DriftCounts} port backends declares
	 * (DD073). The cycle rule above cannot see this direction on its own while
	 * compliance's side of the dependency is SQL.
	 */
	@Test
	void backendsDoNotDependOnCompliance() {
		noClasses().that()
			.resideInAPackage(ROOT + ".backends..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".compliance..")
			.check(classes);
	}

	@Test
	void onlyViewsDependOnViews() {
		noClasses().that()
			.resideOutsideOfPackage("..ui..")
			.and()
			.resideOutsideOfPackage(ROOT + ".security..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "..ui..")
			.check(classes);
	}

	@Test
	void everyRouteDeclaresWhoMayOpenIt() {
		classes().that()
			.areAnnotatedWith(Route.class)
			.should()
			.beAnnotatedWith(RolesAllowed.class)
			.orShould()
			.beAnnotatedWith(PermitAll.class)
			.orShould()
			.beAnnotatedWith(AnonymousAllowed.class)
			.check(classes);
	}

	/**
	 * {@code @RolesAllowed} is read by Vaadin's navigation access control on views only:
	 * JSR-250 method security is off (DD083), so on a service it would check nothing.
	 * Services say who may call them with {@code @PreAuthorize}.
	 */
	@Test
	void onlyRoutesSayRolesAllowed() {
		classes().that().areAnnotatedWith(RolesAllowed.class).should().beAnnotatedWith(Route.class).check(classes);
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
			.should()
			.beAnnotatedWith(RolesAllowed.class)
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).check(classes);
	}

	private static DescribedPredicate<JavaClass> inModule(String module) {
		return DescribedPredicate.describe("in module " + module,
				(javaClass) -> javaClass.getSource()
					.map((source) -> source.getUri().toString())
					.map((uri) -> uri.contains("/" + module + "/target/") || uri.contains("/" + module + "-0"))
					.orElse(false));
	}

}
