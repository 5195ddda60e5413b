package gov.records.governance.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import gov.records.governance.access.domain.ConsoleUserScope;
import gov.records.governance.access.domain.ConsoleUserScopes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pool deadlock of the load test (DD077): a user's grant was read once for all its
 * callers, and the callers inside transactions, each holding a pooled connection, waited
 * for the one reading it, which waited for a connection. Now a caller never waits for
 * another caller's read of the same grant.
 */
class AccessServiceGrantReadsTest {

	private final ConsoleUserScopes scopes = mock(ConsoleUserScopes.class);

	private final AccessService access = new AccessService(this.scopes);

	@Test
	void aCallerDoesNotWaitForAnotherCallersReadOfTheSameGrant() throws Exception {
		CountDownLatch firstReading = new CountDownLatch(1);
		CountDownLatch connectionFree = new CountDownLatch(1);
		when(this.scopes.findByUsername("cio")).thenAnswer((call) -> {
			if (firstReading.getCount() > 0) {
				// the first reader waits for a connection the other caller holds
				firstReading.countDown();
				connectionFree.await(20, TimeUnit.SECONDS);
			}
			return List.of(new ConsoleUserScope("cio", 1L));
		});
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<ScopeGrant> first = threads.submit(() -> this.access.grantOf("cio"));
			assertThat(firstReading.await(10, TimeUnit.SECONDS)).isTrue();
			Future<ScopeGrant> second = threads.submit(() -> this.access.grantOf("cio"));
			assertThat(second.get(5, TimeUnit.SECONDS).rootOrganizationIds())
				.as("the second caller reads the grant itself, while the first is still reading")
				.isEqualTo(Set.of(1L));
			connectionFree.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS).rootOrganizationIds()).isEqualTo(Set.of(1L));
		}
		finally {
			connectionFree.countDown();
			threads.shutdownNow();
		}
	}

}
