-- Personal data (¶7): an official's data is held on a stated legal basis, and is erased (on
-- request, or when its retention period ends) by anonymising the row in place, so memberships,
-- attendance and action items keep pointing at the same official id.
-- Rows designated before this migration were designated for the programme's public task.
ALTER TABLE officials ADD COLUMN legal_basis TEXT NOT NULL DEFAULT 'public_task';

ALTER TABLE officials ADD COLUMN erased_at TEXT NULL;

-- An erased official's e-mail is cleared; only officials still held need a unique e-mail.
DROP INDEX ux_officials_work_email;

CREATE UNIQUE INDEX ux_officials_work_email ON officials (lower(work_email)) WHERE erased_at IS NULL;
