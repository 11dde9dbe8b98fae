-- The audit trail: one row per write and per read of personal data, appended in the same
-- transaction as the change it records. Rows are never updated or deleted. Each row's hash is
-- SHA-256 over its canonical encoding and the previous row's hash, so a changed, removed or
-- inserted row breaks the chain. Rows hold ids and field names only, never personal data values.
CREATE TABLE audit_records (
    sequence           BIGINT NOT NULL PRIMARY KEY,  -- 1, 2, 3, … without gaps; also stops a forked chain
    record_id          TEXT   NOT NULL UNIQUE,
    occurred_at        TEXT   NOT NULL,              -- ISO-8601 UTC, fixed width, sorts as text
    actor_subject      TEXT   NOT NULL,
    actor_participant  TEXT   NULL,                  -- BG or UK
    actor_agency_id    TEXT   NULL,
    operation          TEXT   NOT NULL,
    action             TEXT   NOT NULL,              -- create, update, delete, read, disclose, erase
    resource_type      TEXT   NOT NULL,
    resource_id        TEXT   NOT NULL,
    fields             TEXT   NOT NULL,              -- JSON array of field names
    justification      TEXT   NULL,
    recipients         TEXT   NOT NULL,              -- JSON array of recipient ids
    correlation_id     TEXT   NULL,
    previous_hash      TEXT   NOT NULL,
    hash               TEXT   NOT NULL
);

CREATE INDEX ix_audit_records_actor ON audit_records (actor_subject, occurred_at);
CREATE INDEX ix_audit_records_agency ON audit_records (actor_agency_id, occurred_at);
CREATE INDEX ix_audit_records_resource ON audit_records (resource_type, resource_id);
CREATE INDEX ix_audit_records_occurred ON audit_records (occurred_at);
