package gov.records.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Spring Security's observations (a span per filter of the chain, per authentication and
 * per authorization) are off: they took 4 % of the request threads' CPU under load and
 * nothing reads them (DD075). The console's own observations, and the HTTP server's
 * request metrics, stay on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservationsTest {

	@Autowired
	ObservationRegistry registry;

	@Test
	void securityObservationsAreOffAndRequestObservationsOn() {
		assertThat(Observation.start("spring.security.filterchains", this.registry).isNoop()).isTrue();
		assertThat(Observation.start("spring.security.authentications", this.registry).isNoop()).isTrue();
		Observation requests = Observation.start("http.server.requests", this.registry);
		assertThat(requests.isNoop()).isFalse();
		requests.stop();
	}

}
