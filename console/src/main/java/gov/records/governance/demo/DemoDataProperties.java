package gov.records.governance.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings: whether to load it into an empty database on start, and at which
 * size ({@code --governance.demo.size=large}).
 */
@ConfigurationProperties("governance.demo")
public record DemoDataProperties(@DefaultValue("true") boolean enabled, @DefaultValue("small") DemoSize size) {
}
