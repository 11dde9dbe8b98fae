-- Success criteria and their measures (¶5). Baseline and target are decimal numbers kept as
-- invariant-culture text, so SQLite does not round them through a double.
CREATE TABLE success_criteria (
    id                   TEXT PRIMARY KEY,
    title                TEXT NOT NULL,
    description          TEXT NOT NULL,
    cooperation_area_id  TEXT NULL REFERENCES cooperation_areas (id),
    defined_at           TEXT NOT NULL
);

CREATE INDEX ix_success_criteria_area ON success_criteria (cooperation_area_id);

CREATE TABLE success_measures (
    id            TEXT PRIMARY KEY,
    criterion_id  TEXT NOT NULL REFERENCES success_criteria (id),
    name          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    baseline      TEXT NOT NULL,
    target        TEXT NOT NULL,
    period        TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('increase', 'decrease')),
    defined_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX ix_success_measures_criterion ON success_measures (criterion_id);
