-- A work telephone is the optional second work contact (¶7); the e-mail identifies an official
-- (case-insensitively), so the same person is not designated twice.
ALTER TABLE officials ADD COLUMN work_phone TEXT NULL;

CREATE UNIQUE INDEX ux_officials_work_email ON officials (lower(work_email));

CREATE INDEX ix_agencies_participant_kind ON agencies (participant, kind);
