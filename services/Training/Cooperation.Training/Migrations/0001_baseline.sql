-- The training programme's schema (¶4b). Ids are uuid, instants timestamptz; enum columns hold
-- readable lower snake case text, limited by CHECK constraints. Officials and agencies are the
-- working group's: they are referenced here by its ids only.

-- The catalogue: training and development opportunities, each with its bilingual code, title and
-- description, the cooperation areas it serves (cooperation.type.v1.CooperationAreaTag in lower
-- snake case), the competencies it develops and the languages it is given in. Short lists live
-- in arrays on the row, so a page of activities is one query.
CREATE TABLE activities (
    id               uuid        PRIMARY KEY,
    code             text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('course', 'seminar', 'webinar', 'study_visit', 'personnel_exchange', 'expert_exchange')),
    title_en         text        NOT NULL,
    title_bg         text        NOT NULL,
    description_en   text        NOT NULL,
    description_bg   text        NOT NULL,
    themes           text[]      NOT NULL,
    competencies     text[]      NOT NULL,
    target_group     text        NOT NULL,
    languages        text[]      NOT NULL,
    owner_agency_id  uuid        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    created_at       timestamptz NOT NULL,
    published_at     timestamptz NULL,
    closed_at        timestamptz NULL,
    -- The share of an event's sessions an official attends to complete it (100: every session).
    completion_percent integer   NOT NULL DEFAULT 100 CHECK (completion_percent BETWEEN 1 AND 100)
);

-- The code identifies an activity in both languages' catalogues, whatever its case.
CREATE UNIQUE INDEX ux_activities_code ON activities (lower(code));

CREATE INDEX ix_activities_status_created ON activities (status, created_at, id);

-- Events of the catalogue's activities: who hosts them, where (the venue's IANA time zone shows
-- the UTC instants locally), in which language, how many seats, how many bookings they need, and
-- the sign-up window and cancellation cut-off. Trainers are the working group's official ids.
-- first_session_at orders lists without a join.
CREATE TABLE training_events (
    id                    uuid        PRIMARY KEY,
    activity_id           uuid        NOT NULL REFERENCES activities (id),
    host_participant      text        NOT NULL CHECK (host_participant IN ('BG', 'UK')),
    host_agency_id        uuid        NOT NULL,
    venue                 text        NULL,
    online                boolean     NOT NULL,
    venue_time_zone       text        NOT NULL,
    language              text        NOT NULL,
    capacity              integer     NOT NULL CHECK (capacity > 0),
    minimum_bookings      integer     NOT NULL CHECK (minimum_bookings >= 0 AND minimum_bookings <= capacity),
    sign_up_opens_at      timestamptz NOT NULL,
    sign_up_closes_at     timestamptz NOT NULL CHECK (sign_up_closes_at > sign_up_opens_at),
    cancellation_cutoff   timestamptz NOT NULL,
    trainer_official_ids  uuid[]      NOT NULL,
    approval              text        NOT NULL CHECK (approval IN ('none', 'coordinator', 'two_stage')),
    -- The wait-list position the next wait-listed booking takes; only grows, so the order is stable.
    next_wait_list_position bigint    NOT NULL DEFAULT 1,
    first_session_at      timestamptz NOT NULL,
    created_at            timestamptz NOT NULL
);

CREATE INDEX ix_training_events_activity ON training_events (activity_id, first_session_at, id);
CREATE INDEX ix_training_events_first_session ON training_events (first_session_at, id);

-- The dated sessions of an event, in time order (position 1 first).
CREATE TABLE training_sessions (
    id         uuid        PRIMARY KEY,
    event_id   uuid        NOT NULL REFERENCES training_events (id),
    position   integer     NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL CHECK (ends_at > starts_at),
    UNIQUE (event_id, position)
);

-- The officials the programme trains, by the working group's official id, with the agency that
-- nominated them first: from then on only that agency nominates them. Nothing else personal is held.
CREATE TABLE trainees (
    official_id         uuid        PRIMARY KEY,
    agency_id           uuid        NOT NULL,
    first_nominated_at  timestamptz NOT NULL
);

-- Bookings of officials on events. A live booking (awaiting approval, booked, wait-listed) is
-- unique per official and event; wait_list_position is the order of the wait-list, kept after
-- promotion as history.
CREATE TABLE bookings (
    id                  uuid        PRIMARY KEY,
    event_id            uuid        NOT NULL REFERENCES training_events (id),
    official_id         uuid        NOT NULL REFERENCES trainees (official_id),
    agency_id           uuid        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('awaiting_approval', 'booked', 'wait_listed', 'declined', 'withdrawn')),
    wait_list_position  bigint      NULL,
    nominated_by        text        NOT NULL,
    nominated_at        timestamptz NOT NULL,
    booked_at           timestamptz NULL,
    withdrawn_at        timestamptz NULL,
    late_withdrawal     boolean     NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX ux_bookings_live ON bookings (event_id, official_id)
    WHERE status IN ('awaiting_approval', 'booked', 'wait_listed');
CREATE INDEX ix_bookings_official ON bookings (official_id) WHERE status IN ('awaiting_approval', 'booked', 'wait_listed');

-- Each approval decision: which stage, which way, who, when and why.
CREATE TABLE booking_decisions (
    booking_id  uuid        NOT NULL REFERENCES bookings (id),
    stage       integer     NOT NULL CHECK (stage IN (1, 2)),
    approved    boolean     NOT NULL,
    decided_by  text        NOT NULL,
    decided_at  timestamptz NOT NULL,
    reason      text        NOT NULL,
    PRIMARY KEY (booking_id, stage)
);

-- Attendance per booked official and session, as marked by the host (present, partial, absent, excused).
CREATE TABLE attendance (
    booking_id  uuid        NOT NULL REFERENCES bookings (id),
    session_id  uuid        NOT NULL REFERENCES training_sessions (id),
    mark        text        NOT NULL CHECK (mark IN ('present', 'partial', 'absent', 'excused')),
    marked_by   text        NOT NULL,
    marked_at   timestamptz NOT NULL,
    PRIMARY KEY (booking_id, session_id)
);

-- An event's completion, assessed once after its last session: each booked official completed
-- or not by the activity's rule; a certificate for each completion, verifiable by its code alone.
CREATE TABLE completions (
    booking_id   uuid        PRIMARY KEY REFERENCES bookings (id),
    event_id     uuid        NOT NULL REFERENCES training_events (id),
    completed    boolean     NOT NULL,
    attended     numeric     NOT NULL,
    assessed_at  timestamptz NOT NULL
);

CREATE TABLE certificates (
    id                 uuid        PRIMARY KEY,
    booking_id         uuid        NOT NULL UNIQUE REFERENCES bookings (id),
    activity_id        uuid        NOT NULL REFERENCES activities (id),
    issuing_agency_id  uuid        NOT NULL,
    verification_code  text        NOT NULL UNIQUE,
    issued_at          timestamptz NOT NULL
);

-- The programme: projects the working group agreed for the training workstream (ProjectAgreed),
-- one item per project, keyed by the project id so a second announcement changes nothing.
-- commenced_on is set when the first session of one of its events is held.
CREATE TABLE programme_items (
    project_id         uuid        PRIMARY KEY,
    title              text        NOT NULL,
    summary            text        NOT NULL,
    decision_id        uuid        NOT NULL,
    cooperation_areas  text[]      NOT NULL,
    lead_agency_ids    uuid[]      NOT NULL,
    agreed_at          timestamptz NOT NULL,
    commenced_on       date        NULL
);

-- An event may deliver a programme item; a session is held when its attendance is first recorded.
ALTER TABLE training_events ADD COLUMN programme_item_id uuid NULL REFERENCES programme_items (project_id);
ALTER TABLE training_sessions ADD COLUMN held_at timestamptz NULL;
