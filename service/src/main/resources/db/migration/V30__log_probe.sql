-- What the decision log's health check writes when a write has failed (issue 20,
-- audit.DecisionLogHealth): one row, updated by a probe that tells a storage that cannot
-- write (a full disk, a database gone) from one bad row, and finds out when it can write
-- again. Readiness is DOWN while it cannot.
CREATE TABLE log_probe (
    id        INTEGER                  NOT NULL PRIMARY KEY,
    probed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO log_probe (id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
