-- Jifen schema, version 2: the workflow — points applications and their submissions, appeals, the
-- audit log, the working-day calendar, programmes and their allocation rounds, entitlements, and the
-- outbox of bad-credit records for the credit system.
--
-- One script for both databases, as V1: H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL.
-- The dialects differ nowhere in this script. The objects only PostgreSQL can hold (the triggers that
-- make the audit log, programmes and rounds append-only) are in db/postgresql/V2_1__workflow_append_only.sql.
--
-- Conventions (as V1): points NUMERIC(19, 2); instants TIMESTAMP(6) WITH TIME ZONE (microseconds);
-- enums as their names; an absent optional value is NULL. Declared facts, evidence references and
-- lists of codes are JSON text (written and read by Jackson in the adapter, see JsonColumns): facts keep
-- every quantity exactly as given, scale included, which no fixed-scale column does. VARCHAR(1000000)
-- is a long text both databases hold as a plain string (H2's maximum length of a VARCHAR).
--
-- Full ID numbers (beneficiaries of rounds and entitlements, persons in the credit outbox) are stored
-- only encrypted (*_cipher, see PersonalDataCipher), bound to their table, column and row.
--
-- Grants (db/grants/postgresql-application-role.sql): the application's role needs SELECT and INSERT
-- only on audit_event, programme, programme_tie_break, programme_place, allocation_round, round_place,
-- round_candidate, round_result and calendar_year; UPDATE as well on points_application, appeal,
-- entitlement and credit_outbox; DELETE as well (children replaced whole) on application_claim,
-- application_deduction, appeal_correction and calendar_day.

-- ---------------------------------------------------------------- points applications (积分申请)

-- An application; its submission's idempotency key and content fingerprint when it came with one (the
-- key is unique: a second submission with the same key is refused with DUPLICATE_SUBMISSION); its
-- publication (公示) once published.
CREATE TABLE points_application (
    application_id          VARCHAR(64)   NOT NULL,
    person_id               VARCHAR(64)   NOT NULL,
    district                VARCHAR(12)   NOT NULL,
    channel                 VARCHAR(32)   NOT NULL,
    submitted_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    submitted_on            DATE          NOT NULL,
    idempotency_key         VARCHAR(200),
    submission_fingerprint  VARCHAR(200),
    published_on            DATE,
    appeal_until            DATE,
    published_at            TIMESTAMP(6) WITH TIME ZONE,
    published_by            VARCHAR(200),
    CONSTRAINT points_application_pk PRIMARY KEY (application_id),
    CONSTRAINT points_application_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT points_application_submission_whole
        CHECK ((idempotency_key IS NULL) = (submission_fingerprint IS NULL)),
    CONSTRAINT points_application_publication_whole CHECK ((published_on IS NULL AND appeal_until IS NULL
        AND published_at IS NULL AND published_by IS NULL)
        OR (published_on IS NOT NULL AND appeal_until IS NOT NULL
        AND published_at IS NOT NULL AND published_by IS NOT NULL))
);
CREATE INDEX points_application_person ON points_application (person_id, submitted_at);

-- The claims of an application, in order: the indicator, the declared facts (JSON), the evidence
-- references (a JSON array), the status and the decision (decision_* NULL while pending).
CREATE TABLE application_claim (
    application_id      VARCHAR(64)      NOT NULL,
    position_no         INTEGER          NOT NULL,
    catalogue_version   VARCHAR(64)      NOT NULL,
    jurisdiction        VARCHAR(12)      NOT NULL,
    tier                VARCHAR(16)      NOT NULL,
    indicator_code      VARCHAR(16)      NOT NULL,
    scoring_method      VARCHAR(16)      NOT NULL,
    department          VARCHAR(32)      NOT NULL,
    declared_facts      VARCHAR(1000000) NOT NULL,
    evidence            VARCHAR(1000000) NOT NULL,
    status              VARCHAR(32)      NOT NULL,
    decision_approved   BOOLEAN,
    decision_facts      VARCHAR(1000000),
    decision_target     NUMERIC(19, 2),
    decision_reason     VARCHAR(4000),
    decision_method     VARCHAR(32),
    decided_by          VARCHAR(200),
    decided_at          TIMESTAMP(6) WITH TIME ZONE,
    second_approved_by  VARCHAR(200),
    second_approved_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT application_claim_pk PRIMARY KEY (application_id, position_no),
    CONSTRAINT application_claim_application_fk FOREIGN KEY (application_id)
        REFERENCES points_application (application_id),
    CONSTRAINT application_claim_decision_whole CHECK ((decision_approved IS NULL) = (decided_by IS NULL)
        AND (decided_by IS NULL) = (decided_at IS NULL) AND (decided_by IS NULL) = (decision_target IS NULL))
);

-- The penalty events (扣分事件) recorded on an application, in order.
CREATE TABLE application_deduction (
    application_id      VARCHAR(64)    NOT NULL,
    position_no         INTEGER        NOT NULL,
    catalogue_version   VARCHAR(64)    NOT NULL,
    jurisdiction        VARCHAR(12)    NOT NULL,
    tier                VARCHAR(16)    NOT NULL,
    indicator_code      VARCHAR(16)    NOT NULL,
    level_code          VARCHAR(32)    NOT NULL,
    event_ref           VARCHAR(200)   NOT NULL,
    event_date          DATE           NOT NULL,
    verification_method VARCHAR(32)    NOT NULL,
    points              NUMERIC(19, 2) NOT NULL,
    status              VARCHAR(32)    NOT NULL,
    recorded_by         VARCHAR(200)   NOT NULL,
    recorded_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    second_approved_by  VARCHAR(200),
    CONSTRAINT application_deduction_pk PRIMARY KEY (application_id, position_no),
    CONSTRAINT application_deduction_application_fk FOREIGN KEY (application_id)
        REFERENCES points_application (application_id)
);

-- ---------------------------------------------------------------- appeals (复核)

-- An appeal: the indicators appealed (a JSON array of codes, in order), the reason, the dates, the
-- status and, once decided, the decision (its corrections in appeal_correction).
CREATE TABLE appeal (
    appeal_id           VARCHAR(64)   NOT NULL,
    application_id      VARCHAR(64)   NOT NULL,
    person_id           VARCHAR(64)   NOT NULL,
    indicators          VARCHAR(4000) NOT NULL,
    reason              VARCHAR(4000) NOT NULL,
    filed_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    filed_on            DATE          NOT NULL,
    decide_by           DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    decision_outcome    VARCHAR(16),
    decision_reason     VARCHAR(4000),
    decided_by          VARCHAR(200),
    decided_at          TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT appeal_pk PRIMARY KEY (appeal_id),
    CONSTRAINT appeal_decision_whole CHECK ((decision_outcome IS NULL AND decision_reason IS NULL
        AND decided_by IS NULL AND decided_at IS NULL)
        OR (decision_outcome IS NOT NULL AND decision_reason IS NOT NULL
        AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX appeal_application ON appeal (application_id);

-- The corrections of an upheld appeal, in order: the indicator and the facts found (JSON).
CREATE TABLE appeal_correction (
    appeal_id       VARCHAR(64)      NOT NULL,
    position_no     INTEGER          NOT NULL,
    indicator_code  VARCHAR(16)      NOT NULL,
    facts           VARCHAR(1000000) NOT NULL,
    CONSTRAINT appeal_correction_pk PRIMARY KEY (appeal_id, position_no),
    CONSTRAINT appeal_correction_appeal_fk FOREIGN KEY (appeal_id) REFERENCES appeal (appeal_id)
);

-- ---------------------------------------------------------------- the audit log (审计日志)

-- Append-only and hash-chained. The application never updates or deletes a row (SELECT and INSERT are
-- all its role needs; on PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE). The sequence is the
-- primary key, so of two writers appending the same sequence only one can succeed; the adapter appends
-- under the "audit" transaction lock and checks that the sequence follows the last one.
CREATE TABLE audit_event (
    sequence_no     BIGINT           NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor           VARCHAR(200)     NOT NULL,
    actor_role      VARCHAR(32)      NOT NULL,
    audit_action    VARCHAR(40)      NOT NULL,
    subject         VARCHAR(200)     NOT NULL,
    details         VARCHAR(1000000) NOT NULL,
    previous_hash   VARCHAR(128)     NOT NULL,
    event_hash      VARCHAR(128)     NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (sequence_no),
    CONSTRAINT audit_event_sequence_positive CHECK (sequence_no >= 1)
);
CREATE INDEX audit_event_subject ON audit_event (subject, sequence_no);
CREATE INDEX audit_event_actor ON audit_event (actor, sequence_no);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at, sequence_no);

-- ---------------------------------------------------------------- the working-day calendar (工作日历)

-- The years loaded, and their exceptions to Monday-to-Friday: public holidays (HOLIDAY) and make-up
-- working days (MAKE_UP_WORKDAY). Putting a year again replaces its days.
CREATE TABLE calendar_year (
    calendar_year   INTEGER NOT NULL,
    CONSTRAINT calendar_year_pk PRIMARY KEY (calendar_year)
);

CREATE TABLE calendar_day (
    calendar_year   INTEGER     NOT NULL,
    day_on          DATE        NOT NULL,
    day_kind        VARCHAR(16) NOT NULL,
    CONSTRAINT calendar_day_pk PRIMARY KEY (day_on),
    CONSTRAINT calendar_day_year_fk FOREIGN KEY (calendar_year) REFERENCES calendar_year (calendar_year),
    CONSTRAINT calendar_day_kind CHECK (day_kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY'))
);
CREATE INDEX calendar_day_year ON calendar_day (calendar_year);

-- ---------------------------------------------------------------- programmes and rounds (积分应用)

-- A programme, defined once and never changed (on PostgreSQL a trigger refuses UPDATE and DELETE):
-- its tie-break chain in order and its places with their seats.
CREATE TABLE programme (
    programme_code      VARCHAR(64)    NOT NULL,
    kind                VARCHAR(32)    NOT NULL,
    name                VARCHAR(1000)  NOT NULL,
    district            VARCHAR(12)    NOT NULL,
    cutoff_date         DATE           NOT NULL,
    min_score           NUMERIC(19, 2) NOT NULL,
    exclude_trial_run   BOOLEAN        NOT NULL,
    CONSTRAINT programme_pk PRIMARY KEY (programme_code)
);

-- tie_break_kind INDICATOR_POINTS names its indicator; EARLIER_SUBMISSION none.
CREATE TABLE programme_tie_break (
    programme_code  VARCHAR(64) NOT NULL,
    position_no     INTEGER     NOT NULL,
    tie_break_kind  VARCHAR(32) NOT NULL,
    indicator_code  VARCHAR(16),
    CONSTRAINT programme_tie_break_pk PRIMARY KEY (programme_code, position_no),
    CONSTRAINT programme_tie_break_programme_fk FOREIGN KEY (programme_code) REFERENCES programme (programme_code)
);

CREATE TABLE programme_place (
    programme_code  VARCHAR(64) NOT NULL,
    place_code      VARCHAR(64) NOT NULL,
    seats           INTEGER     NOT NULL,
    CONSTRAINT programme_place_pk PRIMARY KEY (programme_code, place_code),
    CONSTRAINT programme_place_programme_fk FOREIGN KEY (programme_code) REFERENCES programme (programme_code),
    CONSTRAINT programme_place_seats CHECK (seats >= 0)
);

-- An allocation round as run: stored once, never changed (on PostgreSQL a trigger refuses UPDATE and
-- DELETE), so that it can be reproduced and explained. No foreign key to programme: a round keeps its
-- programme's code, kind and district as they were.
CREATE TABLE allocation_round (
    round_id        VARCHAR(64) NOT NULL,
    programme_code  VARCHAR(64) NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    district        VARCHAR(12) NOT NULL,
    cutoff_date     DATE        NOT NULL,
    known_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    run_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT allocation_round_pk PRIMARY KEY (round_id)
);
CREATE INDEX allocation_round_programme ON allocation_round (programme_code, run_at, round_id);

CREATE TABLE round_place (
    round_id    VARCHAR(64) NOT NULL,
    place_code  VARCHAR(64) NOT NULL,
    seats       INTEGER     NOT NULL,
    CONSTRAINT round_place_pk PRIMARY KEY (round_id, place_code),
    CONSTRAINT round_place_round_fk FOREIGN KEY (round_id) REFERENCES allocation_round (round_id)
);

-- The candidates as given, in order: preferences (志愿) and catchment (学区) as JSON arrays of place codes.
CREATE TABLE round_candidate (
    round_id                        VARCHAR(64)      NOT NULL,
    position_no                     INTEGER          NOT NULL,
    applicant_id                    VARCHAR(64)      NOT NULL,
    beneficiary_id_number_cipher    VARCHAR(200)     NOT NULL,
    beneficiary_name                VARCHAR(200)     NOT NULL,
    preferences                     VARCHAR(1000000) NOT NULL,
    catchment                       VARCHAR(1000000) NOT NULL,
    CONSTRAINT round_candidate_pk PRIMARY KEY (round_id, position_no),
    CONSTRAINT round_candidate_round_fk FOREIGN KEY (round_id) REFERENCES allocation_round (round_id)
);

-- The result lines, in order: rank (0 = took no part), the place or the reason with its text.
CREATE TABLE round_result (
    round_id                        VARCHAR(64)    NOT NULL,
    position_no                     INTEGER        NOT NULL,
    rank_no                         INTEGER        NOT NULL,
    applicant_id                    VARCHAR(64)    NOT NULL,
    beneficiary_id_number_cipher    VARCHAR(200)   NOT NULL,
    beneficiary_name                VARCHAR(200)   NOT NULL,
    score                           NUMERIC(19, 2) NOT NULL,
    place_code                      VARCHAR(64),
    reason                          VARCHAR(32),
    reason_text                     VARCHAR(4000)  NOT NULL,
    CONSTRAINT round_result_pk PRIMARY KEY (round_id, position_no),
    CONSTRAINT round_result_round_fk FOREIGN KEY (round_id) REFERENCES allocation_round (round_id),
    CONSTRAINT round_result_place_or_reason CHECK ((place_code IS NULL) <> (reason IS NULL))
);

-- ---------------------------------------------------------------- entitlements (积分应用所得权益)

-- Granted by rounds, revoked (revocation_* set) by fraud clearing.
CREATE TABLE entitlement (
    entitlement_id                  VARCHAR(96)   NOT NULL,
    holder_id                       VARCHAR(64)   NOT NULL,
    beneficiary_id_number_cipher    VARCHAR(200)  NOT NULL,
    beneficiary_name                VARCHAR(200)  NOT NULL,
    programme                       VARCHAR(200)  NOT NULL,
    place                           VARCHAR(1000) NOT NULL,
    granted_at                      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revocation_reason               VARCHAR(4000),
    revocation_case_number          VARCHAR(200),
    revoked_by                      VARCHAR(200),
    revoked_at                      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT entitlement_pk PRIMARY KEY (entitlement_id),
    CONSTRAINT entitlement_revocation_whole CHECK ((revocation_reason IS NULL AND revocation_case_number IS NULL
        AND revoked_by IS NULL AND revoked_at IS NULL)
        OR (revocation_reason IS NOT NULL AND revocation_case_number IS NOT NULL
        AND revoked_by IS NOT NULL AND revoked_at IS NOT NULL))
);
CREATE INDEX entitlement_holder ON entitlement (holder_id);

-- ---------------------------------------------------------------- the credit outbox (失信记录)

-- Bad-credit records for the credit system outside Jifen, written in the transaction of the clearing
-- that causes them and forwarded by an integration job (forwarded_at set once sent). One record per
-- case and person: the person is identified by the keyed hash of the ID number (the number itself is
-- only encrypted), so the same case recorded again for the same person is kept once.
CREATE TABLE credit_outbox (
    outbox_seq          BIGINT GENERATED BY DEFAULT AS IDENTITY,
    case_number         VARCHAR(200)  NOT NULL,
    id_number_hash      VARCHAR(64)   NOT NULL,
    id_number_cipher    VARCHAR(200)  NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    reason              VARCHAR(4000) NOT NULL,
    reported_by         VARCHAR(200)  NOT NULL,
    reported_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    forwarded_at        TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT credit_outbox_pk PRIMARY KEY (outbox_seq),
    CONSTRAINT credit_outbox_case_person_unique UNIQUE (case_number, id_number_hash)
);
CREATE INDEX credit_outbox_pending ON credit_outbox (forwarded_at, outbox_seq);
