-- The officer's final action on a decision (issue 15, SPEC 8.1): at most one per decision,
-- which the primary key enforces (a second one is refused, 409). It goes with its
-- decision when the retention purge deletes that.
-- The note is free text of at most 500 characters; the service refuses one holding a
-- 16-digit number (a NIK) before anything is stored.
CREATE TABLE decision_outcome (
    decision_id    VARCHAR(64)              NOT NULL PRIMARY KEY
                   REFERENCES decision_log (decision_id) ON DELETE CASCADE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    officer_action VARCHAR(20)              NOT NULL,
    final_decision VARCHAR(40)              NOT NULL,
    reason_code    VARCHAR(40),
    officer        VARCHAR(64)              NOT NULL,
    note           VARCHAR(500)
);
