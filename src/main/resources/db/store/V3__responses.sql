-- scrub837 store, version 3: what payers send back (org.scrub837.responses, docs/outcomes.md).
-- Key facts only, as in scrub_claim_history: no names, member ids or dates of birth.

-- One row per claim of every clean 837 the service wrote (what was forwarded), with the control
-- numbers of the OUTPUT (what the payer's TA1/999 quote back), read from the written file.
CREATE TABLE IF NOT EXISTS scrub_submission (
    id                  BIGSERIAL PRIMARY KEY,
    sender_id           TEXT NOT NULL,          -- ISA06 of the output
    receiver_id         TEXT NOT NULL,          -- ISA08 of the output
    interchange_control TEXT NOT NULL,          -- ISA13 of the output
    group_control       TEXT NOT NULL,          -- GS06 of the output
    transaction_control TEXT NOT NULL,          -- ST02 of the output
    claim_ordinal       BIGINT NOT NULL,        -- 1 for the first claim of the output file
    claim_id            TEXT NOT NULL,          -- CLM01 (patient control number)
    frequency           TEXT NOT NULL,          -- CLM05-3: 1 original, 7 replacement, 8 void
    total_charge        NUMERIC(18, 2),         -- CLM02
    service_from        DATE,
    service_to          DATE,
    payer_id            TEXT NOT NULL,          -- 2010BB NM1*PR NM109
    file_name           TEXT NOT NULL,          -- the clean 837's file name
    submitted_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (sender_id, interchange_control, group_control, transaction_control, claim_ordinal)
);
CREATE INDEX IF NOT EXISTS scrub_submission_claim ON scrub_submission (claim_id, payer_id, submitted_at);
CREATE INDEX IF NOT EXISTS scrub_submission_interchange ON scrub_submission (interchange_control);
CREATE INDEX IF NOT EXISTS scrub_submission_group ON scrub_submission (group_control);

-- One row per response file recorded; its content hash makes a file recorded once whichever node
-- (or how many times) it arrives.
CREATE TABLE IF NOT EXISTS scrub_response_file (
    id           BIGSERIAL PRIMARY KEY,
    content_hash CHAR(64) NOT NULL UNIQUE,
    file_name    TEXT NOT NULL,
    kinds        TEXT NOT NULL,                 -- e.g. "TA1,999"
    received_at  TIMESTAMPTZ NOT NULL
);

-- One row per item of a response: a TA1 (interchange), a 999 group (AK1/AK9) or transaction
-- (AK2/IK5), a 277CA claim (2200D), an 835 claim (CLP). matched_claims = 0: matched nothing we sent.
CREATE TABLE IF NOT EXISTS scrub_response (
    id                   BIGSERIAL PRIMARY KEY,
    file_id              BIGINT NOT NULL REFERENCES scrub_response_file (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL,         -- TA1 | 999 | 277CA | 835
    level                TEXT NOT NULL,         -- interchange | group | transaction | claim
    interchange_control  TEXT,
    group_control        TEXT,
    transaction_control  TEXT,
    claim_id             TEXT,
    charge               NUMERIC(18, 2),
    payer_claim_control  TEXT,                  -- 277CA REF*1K, 835 CLP07
    verdict              TEXT NOT NULL,         -- accepted | rejected | paid | denied | reversed | other
    codes                TEXT NOT NULL,         -- the payer's codes, e.g. "A7:255:41" or "IK5 R:5"
    paid                 NUMERIC(18, 2),        -- 835 CLP04
    matched_claims       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS scrub_response_file_items ON scrub_response (file_id);

-- Which submitted claims each response item concerns (a TA1 concerns every claim of its interchange).
CREATE TABLE IF NOT EXISTS scrub_claim_response (
    submission_id BIGINT NOT NULL REFERENCES scrub_submission (id) ON DELETE CASCADE,
    response_id   BIGINT NOT NULL REFERENCES scrub_response (id) ON DELETE CASCADE,
    PRIMARY KEY (submission_id, response_id)
);
CREATE INDEX IF NOT EXISTS scrub_claim_response_response ON scrub_claim_response (response_id);
