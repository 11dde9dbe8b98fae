-- Events waiting to be published: written in the same transaction as the change they announce,
-- published by the relay, then stamped sent_at. Never deleted by the writer.
CREATE TABLE outbox_messages (
    sequence        $identity_key$,  -- publication order
    message_id      TEXT    NOT NULL UNIQUE,        -- also the broker's MessageId
    message_type    TEXT    NOT NULL,               -- contract type name, resolved by the relay
    body            TEXT    NOT NULL,               -- JSON of the event record
    correlation_id  TEXT    NULL,
    occurred_at     TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NULL,
    next_attempt_at TEXT    NULL,
    sent_at         TEXT    NULL
);

CREATE INDEX ix_outbox_messages_unsent ON outbox_messages (sent_at, sequence);

-- Messages a consumer has applied, recorded in the same transaction as the effect, so a
-- redelivered copy is recognised and has no second effect.
CREATE TABLE inbox_messages (
    message_id    TEXT NOT NULL,
    consumer      TEXT NOT NULL,
    message_type  TEXT NOT NULL,
    processed_at  TEXT NOT NULL,
    PRIMARY KEY (message_id, consumer)
);
