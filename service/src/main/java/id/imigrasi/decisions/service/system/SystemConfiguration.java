package id.imigrasi.decisions.service.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.imigrasi.decisions.engine.DecisionEngine;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/** Legal dates default to today where the officers work (SPEC 2.4 item 4). */
	@Bean
	Clock clock() {
		return Clock.system(DecisionEngine.JAKARTA);
	}

}
