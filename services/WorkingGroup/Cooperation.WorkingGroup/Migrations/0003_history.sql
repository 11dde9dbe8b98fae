-- The programme's history (¶6): memberships and co-chair terms are half-open intervals
-- [started_on, ended_on), so a replacement on day D ends the outgoing term at D and starts the
-- incoming one at D. The rules hold over every day, not only for the current rows: an official
-- holds one membership on any one day, and each participant has one co-chair on any one day.
-- btree_gist lets an exclusion constraint compare the uuid/text key with = beside the range's &&;
-- it is a trusted extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE memberships
    ADD CONSTRAINT ck_memberships_term CHECK (ended_on IS NULL OR ended_on >= started_on);

ALTER TABLE memberships
    ADD CONSTRAINT ex_memberships_official_term
    EXCLUDE USING gist (official_id WITH =, daterange(started_on, ended_on, '[)') WITH &&);

ALTER TABLE memberships
    ADD CONSTRAINT ex_memberships_co_chair_term
    EXCLUDE USING gist (participant WITH =, daterange(started_on, ended_on, '[)') WITH &&)
    WHERE (role = 'co_chair');

-- Corrections of the establishment date (¶5): the stored date is the corrected one; each
-- correction keeps the value it replaced, so the history of the record stays readable.
CREATE TABLE establishment_corrections (
    id                       uuid        PRIMARY KEY,
    previous_established_on  date        NOT NULL,
    established_on           date        NOT NULL,
    reason                   text        NOT NULL,
    corrected_at             timestamptz NOT NULL
);

-- The identified cooperation areas (cooperation_areas) a project serves, beside the statement's
-- tags it names in project_cooperation_areas.
CREATE TABLE project_area_links (
    project_id  uuid NOT NULL REFERENCES project_proposals (id),
    area_id     uuid NOT NULL REFERENCES cooperation_areas (id),
    PRIMARY KEY (project_id, area_id)
);

CREATE INDEX ix_project_area_links_area ON project_area_links (area_id);
