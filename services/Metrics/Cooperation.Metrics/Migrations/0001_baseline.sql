-- The metrics service's schema. Ids are uuid, instants timestamptz; enum columns hold readable
-- lower snake case text, limited by CHECK constraints.

-- Indicators (¶1, ¶5): the built-in programme set and one per success measure of the working
-- group. The code is the indicator's stable name on the wire and in every other table.
CREATE TABLE indicators (
    code         text        PRIMARY KEY,
    name_en      text        NOT NULL,
    name_bg      text        NOT NULL,
    unit         text        NOT NULL,
    measure      text        NOT NULL CHECK (measure IN ('count', 'ratio', 'percentage', 'amount')),
    baseline     numeric     NOT NULL,
    target       numeric     NOT NULL,
    direction    text        NOT NULL CHECK (direction IN ('increase', 'decrease')),
    period_type  text        NOT NULL CHECK (period_type IN ('quarter', 'once')),
    source       text        NOT NULL CHECK (source IN ('built_in', 'success_measure')),
    measure_id   uuid        NULL UNIQUE,          -- the working group's success measure, when source = success_measure
    updated_at   timestamptz NOT NULL
);

-- Observations: one row per event that moved an indicator in a quarter, so the series can be
-- explained event by event. source_event_id is unique: an event counts once even if the inbox
-- were bypassed.
CREATE TABLE observations (
    id               uuid        PRIMARY KEY,
    indicator_code   text        NOT NULL REFERENCES indicators (code),
    year             int         NOT NULL,
    quarter          int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    kind             text        NOT NULL CHECK (kind IN ('increment', 'absolute')),
    amount           numeric     NOT NULL,
    source_event_id  uuid        NOT NULL,
    source_event     text        NOT NULL,
    observed_at      timestamptz NOT NULL,
    UNIQUE (source_event_id, indicator_code)
);

CREATE INDEX ix_observations_indicator_period ON observations (indicator_code, year, quarter);

-- The value of each indicator in each quarter, as the observations so far make it.
CREATE TABLE indicator_values (
    indicator_code  text        NOT NULL REFERENCES indicators (code),
    year            int         NOT NULL,
    quarter         int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value           numeric     NOT NULL,
    version         bigint      NOT NULL,          -- the change-log version that last set it
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (indicator_code, year, quarter)
);

-- The change log behind the live stream: one row per change of a value, written in the same
-- transaction as the observation. Versions are handed out under a transaction advisory lock, so
-- they commit in the order they were given and a reader that saw version n never later finds a
-- smaller one appear.
CREATE TABLE indicator_changes (
    version         bigint      PRIMARY KEY,
    indicator_code  text        NOT NULL REFERENCES indicators (code),
    year            int         NOT NULL,
    quarter         int         NOT NULL,
    value           numeric     NOT NULL,
    changed_at      timestamptz NOT NULL
);
