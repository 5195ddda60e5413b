package gov.records.governance.api;

import gov.records.governance.problems.ProblemResponses;
import gov.records.governance.problems.ApiProblems;
import gov.records.governance.problems.ApiProblems.Kind;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Answers 404 with a problem for an {@code /api/} path that no endpoint serves. Without
 * it the console's catch-all route answers such a path with 200 and the Vaadin page. The
 * mapping is consulted right after the controllers' (order 1), so a known path with a
 * wrong method still answers 405.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

	@Bean
	SimpleUrlHandlerMapping unknownApiPathMapping() {
		HttpRequestHandler notFound = (request, response) -> ProblemResponses.write(response, HttpStatus.NOT_FOUND,
				Kind.NOT_FOUND, "There is no API endpoint at this address.");
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
		mapping.setOrder(1);
		return mapping;
	}

}
