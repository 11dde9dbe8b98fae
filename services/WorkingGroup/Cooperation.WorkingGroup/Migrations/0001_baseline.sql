-- The working group's schema. Ids are uuid, calendar dates date, instants timestamptz; enum
-- columns hold readable lower snake case text, limited by CHECK constraints.

-- Reference data (DOMAIN.md "Reference data"): agencies of both participants and the officials
-- they designate.
CREATE TABLE agencies (
    id           uuid        PRIMARY KEY,
    participant  text        NOT NULL CHECK (participant IN ('BG', 'UK')),
    name_en      text        NOT NULL,
    name_bg      text        NOT NULL,
    kind         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    UNIQUE (participant, name_en)
);

CREATE INDEX ix_agencies_participant_kind ON agencies (participant, kind);

-- Personal data (¶7): only what the programme needs, with why and on which legal basis it is
-- held. An official's data is erased (on request, or when its retention period ends) by
-- anonymising the row in place, so memberships, attendance and action items keep pointing at
-- the same official id.
CREATE TABLE officials (
    id            uuid        PRIMARY KEY,
    agency_id     uuid        NOT NULL REFERENCES agencies (id),
    full_name     text        NOT NULL,
    role_title    text        NOT NULL,
    work_email    text        NOT NULL,
    work_phone    text        NULL,                 -- the optional second work contact
    purpose       text        NOT NULL,
    legal_basis   text        NOT NULL DEFAULT 'public_task',
    designated_at timestamptz NOT NULL,
    erased_at     timestamptz NULL
);

CREATE INDEX ix_officials_agency ON officials (agency_id);

-- The e-mail identifies an official still held (case-insensitively), so the same person is not
-- designated twice; an erased official's e-mail is cleared.
CREATE UNIQUE INDEX ux_officials_work_email ON officials (lower(work_email)) WHERE erased_at IS NULL;

-- The one working group (¶5): established once, by the participants jointly.
CREATE TABLE working_group (
    id              uuid        PRIMARY KEY,
    established_on  date        NOT NULL,
    due_by          date        NOT NULL,
    recorded_at     timestamptz NOT NULL
);

-- Who sits on the group (¶6). A co-chair's participant is the participant of the official's
-- agency. ended_on is set when a membership or chair ends, so the history of who chaired when
-- is kept.
CREATE TABLE memberships (
    id           uuid NOT NULL PRIMARY KEY,
    official_id  uuid NOT NULL REFERENCES officials (id),
    role         text NOT NULL CHECK (role IN ('member', 'co_chair')),
    participant  text NOT NULL CHECK (participant IN ('BG', 'UK')),
    started_on   date NOT NULL,
    ended_on     date NULL
);

CREATE INDEX ix_memberships_current ON memberships (role, participant) WHERE ended_on IS NULL;
CREATE INDEX ix_memberships_official ON memberships (official_id);

-- ¶6 in the schema, as the backstop for two concurrent writers: an official holds at most one
-- current membership, and each participant has at most one current co-chair.
CREATE UNIQUE INDEX ux_memberships_current_official ON memberships (official_id) WHERE ended_on IS NULL;
CREATE UNIQUE INDEX ux_memberships_current_co_chair ON memberships (participant)
    WHERE role = 'co_chair' AND ended_on IS NULL;

-- Areas for cooperation the working group identifies (¶2–¶5), tagged with the statement's vocabulary.
CREATE TABLE cooperation_areas (
    id             uuid        PRIMARY KEY,
    title          text        NOT NULL,
    description    text        NOT NULL,
    identified_at  timestamptz NOT NULL
);

CREATE TABLE cooperation_area_tags (
    area_id  uuid NOT NULL REFERENCES cooperation_areas (id),
    tag      text NOT NULL,
    PRIMARY KEY (area_id, tag)
);

CREATE INDEX ix_cooperation_area_tags_tag ON cooperation_area_tags (tag);

-- Success criteria and their measures (¶5).
CREATE TABLE success_criteria (
    id                   uuid        PRIMARY KEY,
    title                text        NOT NULL,
    description          text        NOT NULL,
    cooperation_area_id  uuid        NULL REFERENCES cooperation_areas (id),
    defined_at           timestamptz NOT NULL
);

CREATE INDEX ix_success_criteria_area ON success_criteria (cooperation_area_id);

CREATE TABLE success_measures (
    id            uuid        PRIMARY KEY,
    criterion_id  uuid        NOT NULL REFERENCES success_criteria (id),
    name          text        NOT NULL,
    unit          text        NOT NULL,
    baseline      numeric     NOT NULL,
    target        numeric     NOT NULL,
    period        text        NOT NULL,
    direction     text        NOT NULL CHECK (direction IN ('increase', 'decrease')),
    defined_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX ix_success_measures_criterion ON success_measures (criterion_id);

-- Reviews of the joint statement (¶8) with their outcome.
CREATE TABLE statement_reviews (
    id           uuid        PRIMARY KEY,
    reviewed_on  date        NOT NULL,
    outcome      text        NOT NULL CHECK (outcome IN ('continue', 'amend', 'conclude')),
    summary      text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);

CREATE INDEX ix_statement_reviews_reviewed_on ON statement_reviews (reviewed_on, recorded_at);

-- Meetings of the working group (¶6); held_on and minutes are set once it is held.
CREATE TABLE meetings (
    id            uuid        PRIMARY KEY,
    status        text        NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
    scheduled_on  date        NOT NULL,
    location      text        NOT NULL,
    format        text        NOT NULL CHECK (format IN ('in_person', 'virtual', 'hybrid')),
    held_on       date        NULL,
    minutes       text        NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX ix_meetings_status_date ON meetings (status, scheduled_on);
-- "The meeting's date" in a range: the held date when held, else the scheduled date.
CREATE INDEX ix_meetings_date ON meetings ((COALESCE(held_on, scheduled_on)), id);

-- A meeting's own agenda, in order. Open action items carried from earlier meetings are added
-- with carried_action_item_id when the meeting is held, so the held record keeps what was carried.
CREATE TABLE agenda_items (
    meeting_id              uuid    NOT NULL REFERENCES meetings (id),
    position                integer NOT NULL,
    title                   text    NOT NULL,
    carried_action_item_id  uuid    NULL,
    PRIMARY KEY (meeting_id, position)
);

-- Attendance as it stood when the meeting was held: the agency and participant are copied so a
-- later change of an official's agency does not rewrite who was present.
CREATE TABLE meeting_attendees (
    meeting_id   uuid    NOT NULL REFERENCES meetings (id),
    official_id  uuid    NOT NULL REFERENCES officials (id),
    agency_id    uuid    NOT NULL,
    participant  text    NOT NULL CHECK (participant IN ('BG', 'UK')),
    co_chair     boolean NOT NULL,
    PRIMARY KEY (meeting_id, official_id)
);

CREATE INDEX ix_meeting_attendees_official ON meeting_attendees (official_id);

-- Binding decisions are joint (¶1): the co-chair of one participant records one (recorded_by)
-- and the co-chair of the other confirms it (confirmed_by, confirmed_at); until then it is
-- pending and cannot agree a project.
CREATE TABLE decisions (
    id            uuid        PRIMARY KEY,
    meeting_id    uuid        NOT NULL REFERENCES meetings (id),
    text          text        NOT NULL,
    binding       boolean     NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text        NULL CHECK (recorded_by IN ('BG', 'UK')),
    confirmed_by  text        NULL CHECK (confirmed_by IN ('BG', 'UK')),
    confirmed_at  timestamptz NULL
);

CREATE INDEX ix_decisions_meeting ON decisions (meeting_id);

-- Open action items carry to the next meeting's agenda.
CREATE TABLE action_items (
    id                 uuid        PRIMARY KEY,
    meeting_id         uuid        NOT NULL REFERENCES meetings (id),
    description        text        NOT NULL,
    owner_official_id  uuid        NOT NULL REFERENCES officials (id),
    due_on             date        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE INDEX ix_action_items_owner_status ON action_items (owner_official_id, status, due_on);
CREATE INDEX ix_action_items_meeting ON action_items (meeting_id);
CREATE INDEX ix_action_items_open ON action_items (due_on, id) WHERE status = 'open';

-- Quarters that closed without a held meeting (¶6 "at least quarterly"). The primary key makes
-- the breach monitor raise MeetingCadenceBreached once per quarter: the row and the outbox event
-- are written in one transaction, and a second attempt inserts nothing.
CREATE TABLE cadence_breaches (
    year           integer     NOT NULL,
    quarter        integer     NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    quarter_start  date        NOT NULL,
    quarter_end    date        NOT NULL,
    raised_at      timestamptz NOT NULL,
    PRIMARY KEY (year, quarter)
);

-- Projects the working group proposes and agrees (¶5); decision_id is the binding decision that
-- agreed it.
CREATE TABLE project_proposals (
    id            uuid        PRIMARY KEY,
    title         text        NOT NULL,
    summary       text        NOT NULL,
    workstream    text        NOT NULL CHECK (workstream IN ('training', 'capacity_building')),
    status        text        NOT NULL CHECK (status IN ('proposed', 'agreed', 'commenced', 'completed', 'closed')),
    decision_id   uuid        NULL REFERENCES decisions (id),
    proposed_at   timestamptz NOT NULL,
    agreed_at     timestamptz NULL,
    commenced_on  date        NULL,
    completed_on  date        NULL,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX ix_project_proposals_status ON project_proposals (status, workstream);
CREATE INDEX ix_project_proposals_proposed ON project_proposals (proposed_at, id);

CREATE TABLE project_cooperation_areas (
    project_id  uuid    NOT NULL REFERENCES project_proposals (id),
    position    integer NOT NULL,
    area        text    NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_lead_agencies (
    project_id  uuid NOT NULL REFERENCES project_proposals (id),
    agency_id   uuid NOT NULL REFERENCES agencies (id),
    PRIMARY KEY (project_id, agency_id)
);
