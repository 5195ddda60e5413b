package gov.records.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.env.MockEnvironment;

/**
 * Even with this module on the class path, the console's component scan creates no
 * benchmark bean unless the {@code bench} profile is on: every component here is
 * {@code @Profile("bench")} (DD068). Scans the package as the console's
 * {@code @SpringBootApplication} scans it, with each profile's conditions evaluated.
 */
class BenchmarkBeansTest {

	@Test
	void noBenchmarkBeanOutsideTheBenchProfile() {
		for (String profile : new String[] { "prod", "default", "postgres", "load", "keycloak" }) {
			assertThat(components(profile)).as("components of the bench package in profile %s", profile).isEmpty();
		}
	}

	@Test
	void theBenchProfileFindsTheRunnerAndEveryBenchmark() {
		Set<String> found = components("bench");
		assertThat(found).contains(BenchmarkRunner.class.getName(), GroupsGridBenchmark.class.getName(),
				ComplianceBenchmark.class.getName(), StartupBenchmark.class.getName(),
				DrillDownBenchmark.class.getName());
		assertThat(found).hasSizeGreaterThanOrEqualTo(14);
	}

	private static Set<String> components(String profile) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(true,
				environment);
		return scan.findCandidateComponents(BenchmarkRunner.class.getPackageName())
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());
	}

}
