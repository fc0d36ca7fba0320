-- Jifen schema, version 4: the responses kept for Idempotency-Key headers of creating writes.
--
-- One script for both databases (H2 in PostgreSQL mode and PostgreSQL). A record is written in the same
-- transaction as the write it answers, so a write is never kept without its key nor a key without its
-- write; the primary key makes a key unique per subject (the caller) and scope (the route), so of two
-- concurrent requests with the same key only one commits. Records are added, never changed. The body is
-- the response the caller saw (personal data already masked); TEXT because a round's response can be
-- larger than the longest VARCHAR of H2 (it is a CLOB there, a plain string to JDBC on both).
CREATE TABLE idempotency_record (
    subject          VARCHAR(200)  NOT NULL,
    scope            VARCHAR(200)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    fingerprint      VARCHAR(200)  NOT NULL,
    status           INTEGER       NOT NULL,
    location         VARCHAR(1000) NOT NULL,
    body             TEXT          NOT NULL,
    recorded_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (subject, scope, idempotency_key),
    CONSTRAINT idempotency_record_status CHECK (status BETWEEN 200 AND 299)
);
