-- Disaggregations, the latest figures behind stock and ratio indicators, manual entries and
-- corrections, and the information-sharing log (¶4a).

-- A disaggregation key names one breakdown of a value, "dimension:value" (participant:BG,
-- agency:<uuid>, theme:border_security, channel:europol_siena, currency:EUR); the empty key is the
-- total. The default keeps every existing row a total, so readers that do not know the column
-- keep reading totals once they filter on it, and writers that do not name it write totals.
ALTER TABLE indicators ADD COLUMN disaggregations text[] NOT NULL DEFAULT '{}';   -- the dimensions it is broken down by

ALTER TABLE observations ADD COLUMN disaggregation text NOT NULL DEFAULT '';
ALTER TABLE observations DROP CONSTRAINT observations_source_event_id_indicator_code_key;
ALTER TABLE observations ADD CONSTRAINT observations_event_indicator_disaggregation_key
    UNIQUE (source_event_id, indicator_code, disaggregation);

ALTER TABLE indicator_values ADD COLUMN disaggregation text NOT NULL DEFAULT '';
ALTER TABLE indicator_values DROP CONSTRAINT indicator_values_pkey;
ALTER TABLE indicator_values ADD PRIMARY KEY (indicator_code, year, quarter, disaggregation);

ALTER TABLE indicator_changes ADD COLUMN disaggregation text NOT NULL DEFAULT '';

-- The latest figure per subject (a training need, a budget line, a risk, a result, a booking) of
-- an indicator computed from absolute figures rather than counted: the value is the sum of the
-- numerators, or their ratio to the denominators, over the latest figure of every subject.
-- A figure older than the one kept (events out of order) changes nothing.
CREATE TABLE indicator_figures (
    indicator_code  text        NOT NULL REFERENCES indicators (code),
    subject         text        NOT NULL,
    disaggregation  text        NOT NULL,
    year            int         NOT NULL,
    quarter         int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    numerator       numeric     NOT NULL,
    denominator     numeric     NOT NULL,
    as_of           timestamptz NOT NULL,
    PRIMARY KEY (indicator_code, disaggregation, subject)
);

CREATE INDEX ix_indicator_figures_period ON indicator_figures (indicator_code, disaggregation, year, quarter);

-- Values entered by hand (an analyst or a co-chair) and corrections of a shown value. A
-- correction keeps the value it replaced, so what was shown before stays readable.
CREATE TABLE manual_observations (
    id              uuid        PRIMARY KEY,
    indicator_code  text        NOT NULL REFERENCES indicators (code),
    year            int         NOT NULL,
    quarter         int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    disaggregation  text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('entry', 'correction')),
    value           numeric     NOT NULL,
    previous_value  numeric     NULL,           -- the value shown before, when there was one
    source          text        NOT NULL,
    note            text        NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    version         bigint      NOT NULL        -- the change-log version it made
);

CREATE INDEX ix_manual_observations_indicator ON manual_observations (indicator_code, year, quarter, disaggregation);

-- The information-sharing log (¶4a): metadata of each exchange, never its content.
CREATE TABLE information_exchanges (
    id              uuid        PRIMARY KEY,
    agency_id       uuid        NOT NULL,       -- the agency that recorded it, the only one that reads its details
    channel         text        NOT NULL CHECK (channel IN ('europol_siena', 'eurojust', 'interpol', 'liaison_officer', 'bilateral')),
    direction       text        NOT NULL CHECK (direction IN ('sent', 'received')),
    urgency         text        NOT NULL CHECK (urgency IN ('urgent', 'three_days', 'seven_days')),
    handling_code   text        NOT NULL CHECK (handling_code IN ('h0', 'h1', 'h2', 'h3')),
    requested_at    timestamptz NOT NULL,
    year            int         NOT NULL,       -- the quarter of requested_at, the period it counts in
    quarter         int         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    answered_at     timestamptz NULL,
    refused_reason  text        NULL,
    refused_at      timestamptz NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    CHECK (answered_at IS NULL OR refused_at IS NULL)
);

CREATE INDEX ix_information_exchanges_period ON information_exchanges (year, quarter, channel);
CREATE INDEX ix_information_exchanges_agency ON information_exchanges (agency_id, requested_at);
