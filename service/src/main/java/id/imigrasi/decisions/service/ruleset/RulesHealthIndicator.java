package id.imigrasi.decisions.service.ruleset;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import id.imigrasi.decisions.engine.RulesetInfo;

/**
 * Ready only with compiled rules, and only while this replica serves the active version:
 * part of the readiness group, so a load balancer sends no traffic before the tables are
 * in memory, nor to a replica that could not compile the version the others serve.
 */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {

	private final ActiveRuleset active;

	private final Replication replication;

	RulesHealthIndicator(ActiveRuleset active, Replication replication) {
		this.active = active;
		this.replication = replication;
	}

	@Override
	public Health health() {
		RulesetInfo info = this.active.engine().ruleset().info();
		Replication.Serving serving = this.replication.serving();
		int rows = info.tables().stream().mapToInt(RulesetInfo.Table::rows).sum();
		Health.Builder health = (rows > 0 && serving.problem() == null) ? Health.up() : Health.down();
		health.withDetail("version", info.version())
			.withDetail("sha256", info.sha256())
			.withDetail("rows", rows)
			.withDetail("activation", serving.activationId());
		if (serving.problem() != null) {
			health.withDetail("problem", serving.problem());
		}
		return health.build();
	}

}
