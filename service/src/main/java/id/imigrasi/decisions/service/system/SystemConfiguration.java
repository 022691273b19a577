package id.imigrasi.decisions.service.system;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import id.imigrasi.decisions.engine.DecisionEngine;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/** Legal dates default to today where the officers work (SPEC 2.4 item 4). */
	@Bean
	Clock clock() {
		return Clock.system(DecisionEngine.JAKARTA);
	}

	/** Errors raised outside Spring MVC, and {@code /error} itself, as problem+json. */
	@Bean
	FilterRegistrationBean<ErrorDispatchFilter> errorDispatchFilter(ProblemResponses problems) {
		FilterRegistrationBean<ErrorDispatchFilter> registration = new FilterRegistrationBean<>(
				new ErrorDispatchFilter(problems));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Tomcat's own error answers as problem+json ({@link ProblemReportValve}). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

}
