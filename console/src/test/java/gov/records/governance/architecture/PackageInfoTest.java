package gov.records.governance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every production package of the four modules has a {@code package-info} that declares
 * its own full name and is {@code @NullMarked}. The check reads the compiled
 * {@code package-info} classes: a file that declares {@code package security;} compiles
 * without complaint, but its annotation lands on a stray top-level package and the real
 * one stays unmarked.
 */
class PackageInfoTest {

	private static final String ROOT = "gov.records.governance";

	@Test
	void everyProductionPackageIsNullMarkedByItsOwnPackageInfo() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT)) {
			if (!type.getSimpleName().equals("package-info")) {
				packages.add(type.getPackageName());
			}
		}
		assertThat(packages).as("production packages found").hasSizeGreaterThan(40);
		List<String> problems = new ArrayList<>();
		for (String name : packages) {
			Package info = packageInfo(name);
			if (info == null) {
				problems.add(name + ": no package-info.java");
			}
			else if (!info.isAnnotationPresent(NullMarked.class)) {
				problems.add(name + ": its package-info is not @NullMarked (or declares another package)");
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The package as its compiled package-info defines it, or null if there is none. */
	private static Package packageInfo(String name) {
		try {
			return Class.forName(name + ".package-info", false, PackageInfoTest.class.getClassLoader()).getPackage();
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
