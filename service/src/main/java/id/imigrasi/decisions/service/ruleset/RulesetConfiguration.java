package id.imigrasi.decisions.service.ruleset;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.imigrasi.decisions.engine.Ruleset;
import id.imigrasi.decisions.engine.WorkbookLimits;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesetLimits.class)
class RulesetConfiguration {

	@Bean
	WorkbookLimits workbookLimits(RulesetLimits limits) {
		return limits.workbookLimits();
	}

	/**
	 * Every compile of this replica (an upload, a version another replica is about to
	 * activate, a replay on an old version) within the workbook limits.
	 */
	@Bean
	RulesetCompiler rulesetCompiler(WorkbookLimits limits) {
		return (version, workbooks) -> Ruleset.compile(version, workbooks, limits);
	}

	/**
	 * This replica's name in {@code ruleset_replica}: host, process and a random part
	 * (two services in one JVM, as in the tests, are two replicas).
	 */
	@Bean
	ReplicaId replicaId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "unknown-host";
		}
		String name = host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
				+ HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
		return new ReplicaId((name.length() <= 100) ? name : name.substring(name.length() - 100));
	}

	/** The name this replica reports itself under. */
	record ReplicaId(String value) {
	}

}
