package id.imigrasi.decisions.service.ruleset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.imigrasi.decisions.engine.WorkbookLimits;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesetLimits.class)
class RulesetConfiguration {

	@Bean
	WorkbookLimits workbookLimits(RulesetLimits limits) {
		return limits.workbookLimits();
	}

}
