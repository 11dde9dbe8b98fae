-- BG–UK exchanges, the cascade that follows training, and the register of training needs (¶4b).
-- Officials and agencies are the working group's ids, as in the baseline.

-- Personnel and expert exchanges: a guest official of one participant stays with an agency of the
-- other (the CHECK holds the rule at the last line too). A pair is two exchanges one each way,
-- each naming the other as its partner.
CREATE TABLE exchanges (
    id                       uuid        PRIMARY KEY,
    kind                     text        NOT NULL CHECK (kind IN ('personnel_exchange', 'expert_exchange')),
    guest_official_id        uuid        NOT NULL,
    guest_agency_id          uuid        NOT NULL,
    guest_participant        text        NOT NULL CHECK (guest_participant IN ('BG', 'UK')),
    host_agency_id           uuid        NOT NULL,
    host_participant         text        NOT NULL CHECK (host_participant IN ('BG', 'UK')),
    replacement_official_id  uuid        NULL,
    starts_on                date        NOT NULL,
    ends_on                  date        NOT NULL CHECK (ends_on >= starts_on),
    purpose                  text        NOT NULL,
    status                   text        NOT NULL CHECK (status IN ('proposed', 'approved', 'under_way', 'completed', 'withdrawn')),
    partner_exchange_id      uuid        NULL REFERENCES exchanges (id),
    pre_matched              boolean     NOT NULL DEFAULT false,
    proposed_by              text        NOT NULL,
    proposed_at              timestamptz NOT NULL,
    started_on               date        NULL,
    completed_on             date        NULL,
    withdrawn_at             timestamptz NULL,
    withdrawn_by             text        NULL,
    withdrawal_reason        text        NULL,
    CHECK (guest_participant <> host_participant),
    CHECK (guest_agency_id <> host_agency_id)
);

CREATE INDEX ix_exchanges_proposed ON exchanges (proposed_at, id);
CREATE INDEX ix_exchanges_guest_official ON exchanges (guest_official_id);
CREATE INDEX ix_exchanges_replacement_official ON exchanges (replacement_official_id) WHERE replacement_official_id IS NOT NULL;

-- The approval of each of the two agencies, once each: who, when and why.
CREATE TABLE exchange_approvals (
    exchange_id  uuid        NOT NULL REFERENCES exchanges (id),
    side         text        NOT NULL CHECK (side IN ('guest', 'host')),
    agency_id    uuid        NOT NULL,
    approved_by  text        NOT NULL,
    approved_at  timestamptz NOT NULL,
    reason       text        NOT NULL,
    PRIMARY KEY (exchange_id, side)
);

-- An official's commitment to pass on what they learnt, by a due day: made when an exchange
-- completes (one per exchange) or by the nominating agency for a completed booking (one per
-- booking). overdue_at is set once, by the service's own check, when the day passed without a
-- cascade session.
CREATE TABLE cascade_commitments (
    id            uuid        PRIMARY KEY,
    official_id   uuid        NOT NULL,
    agency_id     uuid        NOT NULL,
    participant   text        NOT NULL CHECK (participant IN ('BG', 'UK')),
    exchange_id   uuid        NULL UNIQUE REFERENCES exchanges (id),
    booking_id    uuid        NULL UNIQUE REFERENCES bookings (id),
    due_on        date        NOT NULL,
    committed_by  text        NOT NULL,
    committed_at  timestamptz NOT NULL,
    overdue_at    timestamptz NULL,
    CHECK ((exchange_id IS NULL) <> (booking_id IS NULL))
);

CREATE INDEX ix_cascade_commitments_agency ON cascade_commitments (agency_id, due_on, id);
CREATE INDEX ix_cascade_commitments_due ON cascade_commitments (due_on) WHERE overdue_at IS NULL;
CREATE INDEX ix_cascade_commitments_official ON cascade_commitments (official_id);

-- The sessions where a committed official passed the knowledge on: the day, how many people, whose staff.
CREATE TABLE cascade_sessions (
    id              uuid        PRIMARY KEY,
    commitment_id   uuid        NOT NULL REFERENCES cascade_commitments (id),
    delivered_on    date        NOT NULL,
    audience_count  integer     NOT NULL CHECK (audience_count BETWEEN 1 AND 10000),
    agency_id       uuid        NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL
);

CREATE INDEX ix_cascade_sessions_commitment ON cascade_sessions (commitment_id, delivered_on);

-- The register of training needs: a cooperation area (CooperationAreaTag in lower snake case) an
-- agency of a participant needs headcount officials trained in, to a proficiency, with an urgency,
-- from a working-group decision or the agency's own analysis. covered_count is the coverage last
-- announced (TrainingNeedCoverageChanged), so a change is announced once.
CREATE TABLE training_needs (
    id                  uuid        PRIMARY KEY,
    theme               text        NOT NULL,
    participant         text        NOT NULL CHECK (participant IN ('BG', 'UK')),
    agency_id           uuid        NOT NULL,
    headcount           integer     NOT NULL CHECK (headcount BETWEEN 1 AND 100000),
    target_proficiency  text        NOT NULL CHECK (target_proficiency IN ('awareness', 'practitioner', 'advanced', 'expert')),
    urgency             text        NOT NULL CHECK (urgency IN ('low', 'medium', 'high', 'critical')),
    source              text        NOT NULL CHECK (source IN ('working_group_decision', 'agency_analysis')),
    decision_id         uuid        NULL,
    registered_by       text        NOT NULL,
    registered_at       timestamptz NOT NULL,
    covered_count       integer     NOT NULL DEFAULT 0,
    CHECK ((source = 'working_group_decision') = (decision_id IS NOT NULL))
);

CREATE INDEX ix_training_needs_registered ON training_needs (registered_at, id);

-- The catalogue's activities that meet a need.
CREATE TABLE training_need_activities (
    need_id      uuid        NOT NULL REFERENCES training_needs (id),
    activity_id  uuid        NOT NULL REFERENCES activities (id),
    linked_by    text        NOT NULL,
    linked_at    timestamptz NOT NULL,
    PRIMARY KEY (need_id, activity_id)
);

CREATE INDEX ix_training_need_activities_activity ON training_need_activities (activity_id);

-- Erasure replaces an official's id by a tombstone id in place (PersonalData/OfficialDataRepository):
-- the trainee row's key and its bookings change in one transaction, checked at its commit.
ALTER TABLE bookings ALTER CONSTRAINT bookings_official_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
