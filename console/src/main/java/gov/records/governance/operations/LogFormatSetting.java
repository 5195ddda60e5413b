package gov.records.governance.operations;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code governance.log.format} ({@code GOVERNANCE_LOG_FORMAT}): {@code text} (the
 * default, Spring Boot's usual lines) or {@code json} (one Elastic Common Schema object
 * per line on the console, Spring Boot's structured logging; {@code logstash} and
 * {@code gelf} are taken as they are). Applied before the logging system starts, so the
 * first line is already JSON. An unknown value stops start-up naming the setting (DD055).
 */
public final class LogFormatSetting implements EnvironmentPostProcessor {

	static final String PROPERTY = "governance.log.format";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(PROPERTY, "text").strip().toLowerCase(Locale.ROOT);
		String structured = switch (format) {
			case "", "text" -> null;
			case "json", "ecs" -> "ecs";
			case "logstash", "gelf" -> format;
			default -> throw new IllegalStateException(
					PROPERTY + " (GOVERNANCE_LOG_FORMAT) must be text or json, not '" + format + "'.");
		};
		if (structured != null && !environment.containsProperty("logging.structured.format.console")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("governanceLogFormat",
						Map.of("logging.structured.format.console", structured)));
		}
	}

}
