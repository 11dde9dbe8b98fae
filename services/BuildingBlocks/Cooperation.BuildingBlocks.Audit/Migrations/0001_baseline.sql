-- The audit trail: one row per write and per read of personal data, appended in the same
-- transaction as the change it records. Rows are never updated or deleted. Each row's hash is
-- SHA-256 over its canonical encoding and the previous row's hash, so a changed, removed or
-- inserted row breaks the chain. Rows hold ids and field names only, never personal data values.
CREATE TABLE audit_records (
    sequence           bigint      NOT NULL PRIMARY KEY,  -- 1, 2, 3, … without gaps; also stops a forked chain
    record_id          uuid        NOT NULL UNIQUE,
    occurred_at        timestamptz NOT NULL,              -- whole microseconds, as the hash encodes it
    actor_subject      text        NOT NULL,
    actor_participant  text        NULL CHECK (actor_participant IN ('BG', 'UK')),
    actor_agency_id    uuid        NULL,
    operation          text        NOT NULL,
    action             text        NOT NULL CHECK (action IN ('create', 'update', 'delete', 'read', 'disclose', 'erase')),
    resource_type      text        NOT NULL,
    resource_id        text        NOT NULL,
    fields             text[]      NOT NULL,              -- names of the fields touched
    justification      text        NULL,
    recipients         text[]      NOT NULL,              -- ids of whom the data was disclosed to
    correlation_id     text        NULL,
    previous_hash      text        NOT NULL,
    hash               text        NOT NULL
);

CREATE INDEX ix_audit_records_actor ON audit_records (actor_subject, occurred_at);
CREATE INDEX ix_audit_records_agency ON audit_records (actor_agency_id, occurred_at);
CREATE INDEX ix_audit_records_resource ON audit_records (resource_type, resource_id);
CREATE INDEX ix_audit_records_occurred ON audit_records (occurred_at);
