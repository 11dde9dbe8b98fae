-- Reference data (DOMAIN.md "Reference data"): agencies of both participants and the officials
-- they designate. Ids are UUID text, dates yyyy-MM-dd text, instants ISO-8601 UTC text.
CREATE TABLE agencies (
    id           TEXT PRIMARY KEY,
    participant  TEXT NOT NULL CHECK (participant IN ('BG', 'UK')),
    name_en      TEXT NOT NULL,
    name_bg      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (participant, name_en)
);

-- Personal data (¶7): only what the programme needs, with why it is held.
CREATE TABLE officials (
    id            TEXT PRIMARY KEY,
    agency_id     TEXT NOT NULL REFERENCES agencies (id),
    full_name     TEXT NOT NULL,
    role_title    TEXT NOT NULL,
    work_email    TEXT NOT NULL,
    purpose       TEXT NOT NULL,
    designated_at TEXT NOT NULL
);

CREATE INDEX ix_officials_agency ON officials (agency_id);

-- The one working group (¶5): established once, by the participants jointly.
CREATE TABLE working_group (
    id              TEXT PRIMARY KEY,
    established_on  TEXT NOT NULL,
    due_by          TEXT NOT NULL,
    recorded_at     TEXT NOT NULL
);

-- Who sits on the group (¶6). role is 'member' or 'co_chair'; a co-chair's participant is the
-- participant of the official's agency. ended_on is set when a membership or chair ends, so the
-- history of who chaired when is kept.
CREATE TABLE memberships (
    id           TEXT PRIMARY KEY,
    official_id  TEXT NOT NULL REFERENCES officials (id),
    role         TEXT NOT NULL CHECK (role IN ('member', 'co_chair')),
    participant  TEXT NOT NULL CHECK (participant IN ('BG', 'UK')),
    started_on   TEXT NOT NULL,
    ended_on     TEXT NULL
);

CREATE INDEX ix_memberships_current ON memberships (ended_on, role, participant);
