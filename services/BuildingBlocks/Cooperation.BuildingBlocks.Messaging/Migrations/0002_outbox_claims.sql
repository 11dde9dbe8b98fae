-- A relay's claim on the rows it is about to publish: committed at once, so no transaction stays
-- open while the broker is waited on, and each row is stamped sent in its own commit. A claim is a
-- lease: once claimed_until has passed (its relay stopped or died), any relay may take the row.
ALTER TABLE outbox_messages ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE outbox_messages ADD COLUMN claimed_until TEXT NULL;
