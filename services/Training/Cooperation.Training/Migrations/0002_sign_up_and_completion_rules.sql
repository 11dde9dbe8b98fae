-- Sign-up and completion rules (¶4b): eligibility per activity, per-agency quotas per event,
-- assessments with pre/post scores, certificate expiry and revocation, and programme items that
-- complete (delivered, or closed undelivered).

-- Eligibility: the fewest years of experience, the languages needed at a CEFR level (each as
-- 'en:b2'), the participants ('BG', 'UK') and agencies admitted (empty: everyone), and whether
-- officials new to the programme go before returning ones on a wait-list.
ALTER TABLE activities
    ADD COLUMN minimum_years_of_experience integer NOT NULL DEFAULT 0 CHECK (minimum_years_of_experience BETWEEN 0 AND 60),
    ADD COLUMN required_languages          text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN admitted_participants       text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN admitted_agency_ids         uuid[]  NOT NULL DEFAULT '{}',
    ADD COLUMN new_to_programme_preferred  boolean NOT NULL DEFAULT false,
    -- An assessment with a pre and a post score per booking.
    ADD COLUMN has_assessment              boolean NOT NULL DEFAULT false,
    -- Months a certificate stays valid; 0: it does not expire.
    ADD COLUMN certificate_validity_months integer NOT NULL DEFAULT 0 CHECK (certificate_validity_months BETWEEN 0 AND 120);

-- The most seats one nominating agency holds on an event; 0: no quota.
ALTER TABLE training_events ADD COLUMN agency_quota integer NOT NULL DEFAULT 0 CHECK (agency_quota >= 0);

-- The official's participant (the nominating coordinator's), for the statistics of TrainingCompleted;
-- null for officials nominated before it was recorded.
ALTER TABLE trainees ADD COLUMN participant text NULL CHECK (participant IN ('BG', 'UK'));

-- Whether the official had completed no training of the programme when nominated (the wait-list
-- ranks them first where the activity prefers newcomers).
ALTER TABLE bookings ADD COLUMN new_to_programme boolean NOT NULL DEFAULT true;

-- Assessment scores per booking, 0-100, recorded by the host before the event is assessed.
CREATE TABLE assessments (
    booking_id   uuid        PRIMARY KEY REFERENCES bookings (id),
    pre_score    numeric     NULL CHECK (pre_score BETWEEN 0 AND 100),
    post_score   numeric     NULL CHECK (post_score BETWEEN 0 AND 100),
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);

-- Expiry (null: never) and revocation with its reason.
ALTER TABLE certificates
    ADD COLUMN expires_at         timestamptz NULL,
    ADD COLUMN revoked_at         timestamptz NULL,
    ADD COLUMN revoked_by         text        NULL,
    ADD COLUMN revocation_reason  text        NULL;

-- A programme item completes once: delivered when every event delivering it was completed, or
-- closed undelivered by a co-chair with a reason.
ALTER TABLE programme_items
    ADD COLUMN completed_on    date    NULL,
    ADD COLUMN delivered       boolean NOT NULL DEFAULT false,
    ADD COLUMN closure_reason  text    NULL;

-- When an event was assessed (CompleteEvent), also when nobody was booked; events assessed before
-- this column existed take the instant of their completions.
ALTER TABLE training_events ADD COLUMN completed_at timestamptz NULL;
UPDATE training_events e SET completed_at = (SELECT max(c.assessed_at) FROM completions c WHERE c.event_id = e.id);
CREATE INDEX ix_training_events_programme_item ON training_events (programme_item_id) WHERE programme_item_id IS NOT NULL;
