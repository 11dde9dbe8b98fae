-- Debriefs of operations relevant to both participants (¶4d). An operation is named by its
-- reference only; nothing of its content is stored. The lists of strengths, areas for improvement
-- and lessons are text arrays in the order given: they are read and written with the debrief.
CREATE TABLE debriefs (
    id                     uuid        PRIMARY KEY,
    operation_reference    text        NOT NULL UNIQUE,
    operation_date         date        NOT NULL,
    strengths              text[]      NOT NULL,
    areas_for_improvement  text[]      NOT NULL,
    multi_agency_lessons   text[]      NOT NULL,
    channels               text[]      NOT NULL
        CHECK (channels <@ ARRAY['europol_siena', 'eurojust', 'interpol', 'liaison_officer', 'bilateral']::text[]),
    recorded_by_agency_id  uuid        NOT NULL REFERENCES agencies (id),
    recorded_at            timestamptz NOT NULL
);

CREATE INDEX ix_debriefs_operation_date ON debriefs (operation_date, id);

-- The agencies involved, with their participant as at the debrief.
CREATE TABLE debrief_agencies (
    debrief_id   uuid NOT NULL REFERENCES debriefs (id),
    agency_id    uuid NOT NULL REFERENCES agencies (id),
    participant  text NOT NULL CHECK (participant IN ('BG', 'UK')),
    PRIMARY KEY (debrief_id, agency_id)
);

CREATE INDEX ix_debrief_agencies_agency ON debrief_agencies (agency_id);

-- Corrective actions (owner agency, due date, status tracked to completion). Each is carried by
-- one working-group action item, so it reaches the meetings' agendas until closed.
CREATE TABLE corrective_actions (
    id                 uuid    PRIMARY KEY,
    debrief_id         uuid    NOT NULL REFERENCES debriefs (id),
    position           integer NOT NULL,
    description        text    NOT NULL,
    owner_agency_id    uuid    NOT NULL REFERENCES agencies (id),
    owner_official_id  uuid    NOT NULL REFERENCES officials (id),
    due_on             date    NOT NULL,
    status             text    NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    closed_on          date    NULL,
    action_item_id     uuid    NOT NULL REFERENCES action_items (id),
    UNIQUE (debrief_id, position)
);

CREATE INDEX ix_corrective_actions_open ON corrective_actions (due_on, id) WHERE status = 'open';

-- At most one best-practice note per debrief, published for both participants' agencies.
CREATE TABLE best_practice_notes (
    debrief_id              uuid        PRIMARY KEY REFERENCES debriefs (id),
    title                   text        NOT NULL,
    body                    text        NOT NULL,
    published_by_agency_id  uuid        NOT NULL REFERENCES agencies (id),
    published_at            timestamptz NOT NULL
);

CREATE INDEX ix_best_practice_notes_published ON best_practice_notes (published_at, debrief_id);
