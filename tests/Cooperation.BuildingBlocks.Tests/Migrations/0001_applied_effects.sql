-- What the test consumers did: one row per applied effect, deliberately without a unique key so a
-- doubled effect would show as two rows.
CREATE TABLE applied_effects (
    message_id  uuid NOT NULL,
    project_id  uuid NOT NULL
);
