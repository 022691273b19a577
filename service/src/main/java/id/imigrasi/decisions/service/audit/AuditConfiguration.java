package id.imigrasi.decisions.service.audit;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The NIK hash key, and the scheduler that runs the retention purge. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

	@Bean
	NikHasher nikHasher(@Value("${decisions.nik-hash-secret:}") String secret,
			@Value("${decisions.data-dir}") Path dataDir) {
		return NikHasher.configured(secret, dataDir);
	}

}
