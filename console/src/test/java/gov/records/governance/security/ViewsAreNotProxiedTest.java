package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * No method-security advice applies to a view (DD083): Vaadin's navigation access control
 * reads a view's {@code @RolesAllowed} itself, and the services behind the views check
 * roles with {@code @PreAuthorize}. With JSR-250 method security on, every view became a
 * CGLIB proxy, built on each navigation: 11 % of the request threads' CPU under the load
 * mix. Whether a role may open a view is checked by {@code AccessDeniedViewTest} and, in
 * a browser, {@code RoleAccessIT}.
 */
@SpringBootTest
class ViewsAreNotProxiedTest {

	@Autowired
	ApplicationContext context;

	@Test
	void noAdvisorOfTheContextAppliesToARoute() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		List<Class<?>> routes = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("gov.records.governance")) {
			routes.add(ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader()));
		}
		assertThat(routes).as("the console's routes").hasSizeGreaterThan(10);
		Map<String, Advisor> advisors = this.context.getBeansOfType(Advisor.class);
		assertThat(advisors).as("method security's advisors are beans").isNotEmpty();
		List<String> advised = new ArrayList<>();
		for (Class<?> route : routes) {
			advisors.forEach((name, advisor) -> {
				if (AopUtils.canApply(advisor, route)) {
					advised.add(route.getSimpleName() + " by " + name);
				}
			});
		}
		assertThat(advised).as("views a method-security advisor would proxy").isEmpty();
	}

}
