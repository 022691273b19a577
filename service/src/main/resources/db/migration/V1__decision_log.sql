-- The decision log (issue 8): one row per decision answered, enough to say months later
-- why, with which facts and which version of the tables, and to replay it.
-- Portable across H2 and PostgreSQL: plain types, JSON kept as TEXT.
-- Personal data: the NIK only as a keyed hash (HMAC-SHA256, hex); no name anywhere.
CREATE TABLE decision_log (
    decision_id       VARCHAR(64)              NOT NULL PRIMARY KEY,
    service           VARCHAR(40)              NOT NULL,
    legal_date        DATE                     NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    caller            VARCHAR(200)             NOT NULL,
    nik_hash          VARCHAR(64)              NOT NULL,
    recommendation    VARCHAR(40)              NOT NULL,
    ruleset_version   VARCHAR(200)             NOT NULL,
    ruleset_sha256    VARCHAR(64)              NOT NULL,
    evaluation_micros BIGINT                   NOT NULL,
    facts             TEXT                     NOT NULL,
    decision          TEXT                     NOT NULL
);

-- A person's decisions, for supervisors (POST /api/v1/decisions/search).
CREATE INDEX decision_log_person ON decision_log (nik_hash, legal_date);

-- The nightly retention purge.
CREATE INDEX decision_log_decided_at ON decision_log (decided_at);
