-- scrub837 store, version 2 (issue #20): units of service per beneficiary, billing provider, code and
-- date of each accepted claim, for the MUE date-of-service edits across files (MueHistoryCheck).
-- No claim data: the key is a SHA-256 of the patient key (itself a fingerprint, see ClaimFacts), the
-- billing provider NPI, the procedure code and the date of service.
CREATE TABLE IF NOT EXISTS scrub_claim_units (
    sender_id           TEXT NOT NULL,          -- ISA06
    interchange_control TEXT NOT NULL,          -- ISA13
    group_control       TEXT NOT NULL,          -- GS06
    transaction_control TEXT NOT NULL,          -- ST02
    claim_ordinal       BIGINT NOT NULL,
    units_key           CHAR(64) NOT NULL,
    units               NUMERIC(15, 3) NOT NULL,
    run_id              UUID NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS scrub_claim_units_key ON scrub_claim_units (units_key);
CREATE INDEX IF NOT EXISTS scrub_claim_units_claim ON scrub_claim_units (sender_id, interchange_control, group_control,
    transaction_control, claim_ordinal);
CREATE INDEX IF NOT EXISTS scrub_claim_units_run ON scrub_claim_units (run_id);
