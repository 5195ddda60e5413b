package gov.records.governance.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Under {@code prod}, refuses to start when a required setting is missing
 * ({@link ProdSettings}), before the data source or the web server are created.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProdSettingsCheck {

	@Bean
	static BeanFactoryPostProcessor prodSettingsPresent(Environment environment) {
		return (beanFactory) -> {
			List<String> problems = ProdSettings.problems(environment);
			if (!problems.isEmpty()) {
				throw new ProdSettingsMissingException(ProdSettings.message(problems));
			}
		};
	}

}
