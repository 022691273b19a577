package id.imigrasi.decisions.service.ruleset;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.imigrasi.decisions.engine.Ruleset;

@Configuration(proxyBeanMethods = false)
class RulesetConfiguration {

	@Bean
	RulesetCompiler rulesetCompiler() {
		return Ruleset::compile;
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
