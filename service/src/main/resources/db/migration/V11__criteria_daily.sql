-- How each criterion performs (issue 15, GET /api/v1/criteria), rolled up per day of
-- decision (Asia/Jakarta) and rule ID as decisions and outcomes are written, in the same
-- transaction (audit.GroupCommitWriter). A year is 365 x (rule IDs + 1) rows at most, so
-- the statistics of any period are a sum over a few thousand rows, however many decisions
-- the log holds (docs/decision-log.md, bench/RESULTS.md).
-- rule_id '*' counts every decision, with or without a finding.
-- An outcome counts on the day of its decision, so a period's figures are "the decisions
-- of that period and what officers did with them".
-- No personal data: counts only. The retention purge leaves them.
CREATE TABLE criteria_daily (
    decided_on                DATE        NOT NULL,
    rule_id                   VARCHAR(64) NOT NULL,
    rule_table                VARCHAR(40) NOT NULL,
    hits                      BIGINT      NOT NULL,
    decisive_hits             BIGINT      NOT NULL,
    outcomes                  BIGINT      NOT NULL,
    followed                  BIGINT      NOT NULL,
    overridden                BIGINT      NOT NULL,
    decisive_overridden       BIGINT      NOT NULL,
    overridden_new_facts      BIGINT      NOT NULL,
    overridden_documents      BIGINT      NOT NULL,
    overridden_supervisor     BIGINT      NOT NULL,
    overridden_rule_not_fit   BIGINT      NOT NULL,
    overridden_data_error     BIGINT      NOT NULL,
    overridden_other          BIGINT      NOT NULL,
    PRIMARY KEY (decided_on, rule_id)
);
