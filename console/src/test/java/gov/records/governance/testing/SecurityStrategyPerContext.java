package gov.records.governance.testing;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, puts back the security context strategy of the test's own application
 * context. Vaadin installs its strategy into the static {@link SecurityContextHolder}
 * when a context starts; when the suite then returns to an earlier, cached context, that
 * context's views would read the signed-in user from the other context's strategy and see
 * nobody. Runs before Spring Security's {@code WithSecurityContextTestExecutionListener}
 * (order 10000), so {@code @WithMockUser} lands in the right place.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 1000;
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		install(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		install(testContext);
	}

	private static void install(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifUnique(SecurityContextHolder::setContextHolderStrategy);
	}

}
