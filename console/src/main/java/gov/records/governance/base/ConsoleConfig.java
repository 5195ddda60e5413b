package gov.records.governance.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Console-wide switches: scheduled jobs (compliance runs; later sync and reports). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConsoleConfig {

}
