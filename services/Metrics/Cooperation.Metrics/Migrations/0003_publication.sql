-- Bilateral publication (¶1 "bilateral mechanisms for ... monitoring"): a quarter's figures are
-- published once both co-chairs approved them, and only published figures are shown to callers who
-- may not approve. Depends on 0001 only.

-- Each participant's latest approval of a quarter, with the figures version it approved (the
-- highest change-log version among the quarter's values then). It stands while no value of the
-- quarter has a higher version.
CREATE TABLE quarter_approvals (
    year              int         NOT NULL,
    quarter           int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    participant       text        NOT NULL CHECK (participant IN ('bg', 'uk')),
    approved_version  bigint      NOT NULL,
    approved_by       text        NOT NULL,          -- the co-chair's subject
    approved_at       timestamptz NOT NULL,
    PRIMARY KEY (year, quarter, participant)
);

-- A quarter's latest publication: the figures version both approvals stood at.
CREATE TABLE quarter_publications (
    year              int         NOT NULL,
    quarter           int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    figures_version   bigint      NOT NULL,
    published_at      timestamptz NOT NULL,
    PRIMARY KEY (year, quarter)
);

-- The figures as last published, which is what a caller who may not approve sees. version is the
-- change-log version of the publication row that re-stated the value.
CREATE TABLE published_values (
    indicator_code    text        NOT NULL REFERENCES indicators (code),
    year              int         NOT NULL,
    quarter           int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value             numeric     NOT NULL,
    version           bigint      NOT NULL,
    published_at      timestamptz NOT NULL,
    PRIMARY KEY (indicator_code, year, quarter)
);

-- A publication re-states each published value in the change log (published = true), so the live
-- stream's published-only subscribers learn of it in version order like any other change.
ALTER TABLE indicator_changes ADD COLUMN published boolean NOT NULL DEFAULT false;

-- Pruning deletes by age and version.
CREATE INDEX ix_indicator_changes_changed_at ON indicator_changes (changed_at);
