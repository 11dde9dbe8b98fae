-- Meetings of the working group (¶6). status is 'scheduled', 'held' or 'cancelled'; held_on and
-- minutes are set once it is held. Booleans are INTEGER 0/1 so the schema reads alike on SQLite
-- and PostgreSQL.
CREATE TABLE meetings (
    id            TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
    scheduled_on  TEXT NOT NULL,
    location      TEXT NOT NULL,
    format        TEXT NOT NULL CHECK (format IN ('in_person', 'virtual', 'hybrid')),
    held_on       TEXT NULL,
    minutes       TEXT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX ix_meetings_status_date ON meetings (status, scheduled_on);

-- A meeting's own agenda, in order. Open action items carried from earlier meetings are added
-- with carried_action_item_id when the meeting is held, so the held record keeps what was carried.
CREATE TABLE agenda_items (
    meeting_id              TEXT    NOT NULL REFERENCES meetings (id),
    position                INTEGER NOT NULL,
    title                   TEXT    NOT NULL,
    carried_action_item_id  TEXT    NULL,
    PRIMARY KEY (meeting_id, position)
);

-- Attendance as it stood when the meeting was held: the agency and participant are copied so a
-- later change of an official's agency does not rewrite who was present.
CREATE TABLE meeting_attendees (
    meeting_id   TEXT    NOT NULL REFERENCES meetings (id),
    official_id  TEXT    NOT NULL REFERENCES officials (id),
    agency_id    TEXT    NOT NULL,
    participant  TEXT    NOT NULL CHECK (participant IN ('BG', 'UK')),
    co_chair     INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, official_id)
);

CREATE TABLE decisions (
    id           TEXT    PRIMARY KEY,
    meeting_id   TEXT    NOT NULL REFERENCES meetings (id),
    text         TEXT    NOT NULL,
    binding      INTEGER NOT NULL,
    recorded_at  TEXT    NOT NULL
);

CREATE INDEX ix_decisions_meeting ON decisions (meeting_id);

-- status is 'open', 'done' or 'cancelled'; open items carry to the next meeting's agenda.
CREATE TABLE action_items (
    id                 TEXT PRIMARY KEY,
    meeting_id         TEXT NOT NULL REFERENCES meetings (id),
    description        TEXT NOT NULL,
    owner_official_id  TEXT NOT NULL REFERENCES officials (id),
    due_on             TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE INDEX ix_action_items_owner_status ON action_items (owner_official_id, status, due_on);
