package id.imigrasi.decisions.service.ruleset;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * Ready only with compiled rules: part of the readiness group, so a load balancer sends
 * no traffic before the tables are in memory.
 */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {

	private final ActiveRuleset active;

	RulesHealthIndicator(ActiveRuleset active) {
		this.active = active;
	}

	@Override
	public Health health() {
		RulesetInfo info = this.active.engine().ruleset().info();
		int rows = info.tables().stream().mapToInt(RulesetInfo.Table::rows).sum();
		Health.Builder health = (rows > 0) ? Health.up() : Health.down();
		return health.withDetail("version", info.version())
			.withDetail("sha256", info.sha256())
			.withDetail("rows", rows)
			.build();
	}

}
