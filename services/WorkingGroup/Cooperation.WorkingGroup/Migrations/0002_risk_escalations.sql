-- Capacity-building risks escalated to the working group (RiskEscalated, ¶4c, ¶5). Each goes on
-- the agenda of the next scheduled meeting (meeting_id), or waits here (meeting_id null) until a
-- meeting is scheduled. The event id keys a row, so a second announcement adds nothing.
CREATE TABLE risk_escalations (
    event_id       uuid        PRIMARY KEY,
    project_id     uuid        NOT NULL,
    project_title  text        NOT NULL,
    risk_id        uuid        NOT NULL,
    risk_event     text        NOT NULL,
    score          integer     NOT NULL,
    reason         text        NOT NULL CHECK (reason IN ('high_score', 'review_overdue')),
    received_at    timestamptz NOT NULL,
    meeting_id     uuid        NULL REFERENCES meetings (id)
);

CREATE INDEX ix_risk_escalations_pending ON risk_escalations (received_at) WHERE meeting_id IS NULL;
