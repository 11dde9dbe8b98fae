-- What the drills wrote and applied. drill_writes: one row per unit of work the writer committed,
-- beside its outbox row. drill_effects: one row per applied event, deliberately without a unique
-- key, so an event applied twice shows as two rows.
CREATE TABLE drill_writes (
    project_id  uuid PRIMARY KEY,
    written_at  timestamptz NOT NULL
);

CREATE TABLE drill_effects (
    message_id  uuid NOT NULL,
    project_id  uuid NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);
