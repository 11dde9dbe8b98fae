-- Review evidence packs (¶8): each assembled pack under the SHA-256 of its Markdown document, so a
-- review records the exact evidence it was decided on. Evidence that changes gives a new document
-- and so a new hash; only an official's erasure rewrites a kept pack (its name redacted in both
-- texts), after which the document no longer hashes to its key.
CREATE TABLE review_evidence_packs (
    content_hash       text        PRIMARY KEY CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    period_start       date        NOT NULL,
    period_end         date        NOT NULL CHECK (period_end >= period_start),
    document           text        NOT NULL,
    pack               text        NOT NULL,   -- the structured pack, as protobuf JSON
    metrics_available  boolean     NOT NULL,
    assembled_at       timestamptz NOT NULL
);

ALTER TABLE statement_reviews
    ADD COLUMN evidence_pack_hash text NULL REFERENCES review_evidence_packs (content_hash);
