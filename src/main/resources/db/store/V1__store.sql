-- scrub837 store, version 1. Plain SQL run once at start by org.scrub837.store.SchemaMigrations,
-- which records the version in scrub_schema_version. Never edit a released version: add V2__*.sql.

-- The inbox read lock shared by several nodes (org.scrub837.store.InboxLockRepository, the idempotent
-- repository of Camel's idempotent-changed read lock): one row per inbox file being handled, with the
-- node that holds it and when that node last said it was alive, in the database's clock.
CREATE TABLE IF NOT EXISTS scrub_inbox_lock (
    processor    TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    owner        UUID NOT NULL,
    refreshed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (processor, message_id)
);
CREATE INDEX IF NOT EXISTS scrub_inbox_lock_owner ON scrub_inbox_lock (owner);

-- File contents already processed (the database form of state/seen-files.tsv): hash and name only.
CREATE TABLE IF NOT EXISTS scrub_seen_file (
    content_hash CHAR(64) PRIMARY KEY,
    file_name    TEXT NOT NULL,
    seen_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per scrubbed claim: key facts only. No names, no member ids, no dates of birth: the patient
-- is a SHA-256 fingerprint (see ClaimFacts), and so is the combination the duplicate edit compares.
CREATE TABLE IF NOT EXISTS scrub_claim_history (
    id                  BIGSERIAL PRIMARY KEY,
    claim_id            TEXT NOT NULL,          -- CLM01, what a biller asks about
    sender_id           TEXT NOT NULL,          -- ISA06
    interchange_control TEXT NOT NULL,          -- ISA13
    group_control       TEXT NOT NULL,          -- GS06
    transaction_control TEXT NOT NULL,          -- ST02
    claim_ordinal       BIGINT NOT NULL,        -- 1 for the first claim of the file
    file_name           TEXT NOT NULL,
    billing_provider    TEXT NOT NULL,          -- 2010AA NM109 (NPI), public
    service_from        DATE,
    service_to          DATE,
    total_charge        NUMERIC(18, 2),
    line_count          INTEGER NOT NULL,
    patient_key         CHAR(64) NOT NULL,
    duplicate_key       CHAR(64) NOT NULL,
    outcome             TEXT NOT NULL,          -- accepted | rejected
    rejecting_rules     TEXT NOT NULL,          -- rule ids, comma separated
    run_id              UUID NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (sender_id, interchange_control, group_control, transaction_control, claim_ordinal)
);
CREATE INDEX IF NOT EXISTS scrub_claim_history_claim_id ON scrub_claim_history (claim_id);
CREATE INDEX IF NOT EXISTS scrub_claim_history_duplicate ON scrub_claim_history (duplicate_key, recorded_at);
CREATE INDEX IF NOT EXISTS scrub_claim_history_run ON scrub_claim_history (run_id);
