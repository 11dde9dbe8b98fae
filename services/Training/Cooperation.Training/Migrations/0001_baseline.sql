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
    closed_at        timestamptz NULL
);

-- The code identifies an activity in both languages' catalogues, whatever its case.
CREATE UNIQUE INDEX ux_activities_code ON activities (lower(code));

CREATE INDEX ix_activities_status_created ON activities (status, created_at, id);
