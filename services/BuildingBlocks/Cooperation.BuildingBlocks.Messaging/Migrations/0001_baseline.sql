-- Events waiting to be published: written in the same transaction as the change they announce,
-- published by the relay, then stamped sent_at. Never deleted by the writer.
-- A relay's claim (claimed_by, claimed_until) on the rows it is about to publish is committed at
-- once, so no transaction stays open while the broker is waited on, and each row is stamped sent in
-- its own commit. A claim is a lease: once claimed_until has passed (its relay stopped or died),
-- any relay may take the row.
CREATE TABLE outbox_messages (
    sequence        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- publication order
    message_id      uuid        NOT NULL UNIQUE,                           -- also the broker's MessageId
    message_type    text        NOT NULL,                                  -- contract type name, resolved by the relay
    body            jsonb       NOT NULL,                                  -- the event record
    correlation_id  text        NULL,                                      -- trace id of the call that caused it
    occurred_at     timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text        NULL,
    next_attempt_at timestamptz NULL,
    sent_at         timestamptz NULL,
    claimed_by      text        NULL,
    claimed_until   timestamptz NULL
);

-- The relay only ever looks at unsent rows, in publication order.
CREATE INDEX ix_outbox_messages_unsent ON outbox_messages (sequence) WHERE sent_at IS NULL;

-- Messages applied on each consumer endpoint (queue), recorded in the same transaction as the effect, so a
-- redelivered copy is recognised and has no second effect.
CREATE TABLE inbox_messages (
    message_id    uuid        NOT NULL,
    endpoint      text        NOT NULL,
    message_type  text        NOT NULL,
    processed_at  timestamptz NOT NULL,
    PRIMARY KEY (message_id, endpoint)
);
