package gov.records.governance.durability;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Before the connection pool is set up (it connects lazily, so before H2 creates its
 * file): the folder of an H2 file database is created owner-only ({@code 0700}), so the
 * database is never readable by other users, not even between its creation and the
 * start-up check that restricts its files to {@code 0600}.
 */
@Component
class DatabaseFolderPreparer implements BeanPostProcessor {

	private final Environment environment;

	DatabaseFolderPreparer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			String url = this.environment.getProperty("spring.datasource.url");
			if (url != null && H2Url.isH2(url)) {
				new H2Url(url).file().ifPresent(OwnerOnlyFiles::folder);
			}
		}
		return bean;
	}

}
