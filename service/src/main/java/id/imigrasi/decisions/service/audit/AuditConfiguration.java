package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The NIK hash key, the H2 file path, and the scheduler that runs the retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

	@Bean
	NikHasher nikHasher(@Value("${decisions.nik-hash-secret:}") String secret,
			@Value("${decisions.data-dir}") Path dataDir) {
		return NikHasher.configured(secret, dataDir);
	}

	/** {@code decisions.data-dir} may be given relative to the working directory. */
	@Bean
	static BeanPostProcessor h2FilePath() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSourceProperties properties) {
					properties.setUrl(H2FilePath.absolute(properties.getUrl()));
				}
				return bean;
			}
		};
	}

}
