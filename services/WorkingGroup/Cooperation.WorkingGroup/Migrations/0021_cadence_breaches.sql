-- Quarters that closed without a held meeting (¶6 "at least quarterly"). The primary key makes
-- the breach monitor raise MeetingCadenceBreached once per quarter: the row and the outbox event
-- are written in one transaction, and a second attempt inserts nothing.
CREATE TABLE cadence_breaches (
    year           INTEGER NOT NULL,
    quarter        INTEGER NOT NULL,
    quarter_start  TEXT    NOT NULL,
    quarter_end    TEXT    NOT NULL,
    raised_at      TEXT    NOT NULL,
    PRIMARY KEY (year, quarter)
);
