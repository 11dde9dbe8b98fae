-- Projects the working group proposes and agrees (¶5). status: 'proposed', 'agreed',
-- 'commenced', 'completed', 'closed'; decision_id is the binding decision that agreed it.
CREATE TABLE project_proposals (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL,
    workstream    TEXT NOT NULL CHECK (workstream IN ('training', 'capacity_building')),
    status        TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'commenced', 'completed', 'closed')),
    decision_id   TEXT NULL REFERENCES decisions (id),
    proposed_at   TEXT NOT NULL,
    agreed_at     TEXT NULL,
    commenced_on  TEXT NULL,
    completed_on  TEXT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX ix_project_proposals_status ON project_proposals (status, workstream);

CREATE TABLE project_cooperation_areas (
    project_id  TEXT    NOT NULL REFERENCES project_proposals (id),
    position    INTEGER NOT NULL,
    area        TEXT    NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_lead_agencies (
    project_id  TEXT NOT NULL REFERENCES project_proposals (id),
    agency_id   TEXT NOT NULL REFERENCES agencies (id),
    PRIMARY KEY (project_id, agency_id)
);
