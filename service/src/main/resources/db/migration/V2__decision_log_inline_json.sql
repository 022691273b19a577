-- The JSON columns as VARCHAR rather than TEXT: in H2, TEXT is a CLOB kept in separate LOB
-- storage, and writing it was most of the cost of logging a decision (bench/RESULTS.md).
-- VARCHAR is stored in the row in H2 and is the same as TEXT in PostgreSQL. A decision is a
-- few KiB to a few tens of KiB (requests are at most 64 KiB), far below the limit.
ALTER TABLE decision_log ALTER COLUMN facts SET DATA TYPE VARCHAR(1000000);
ALTER TABLE decision_log ALTER COLUMN decision SET DATA TYPE VARCHAR(1000000);
