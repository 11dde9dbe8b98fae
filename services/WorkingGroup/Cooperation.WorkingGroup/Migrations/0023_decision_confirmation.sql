-- Binding decisions are joint (¶1): the co-chair of one participant records one and the co-chair
-- of the other confirms it; until then it is pending and cannot agree a project.
-- recorded_by and confirmed_by are 'BG' or 'UK'. Binding decisions recorded before this rule
-- existed were in force as recorded, so they count as confirmed then (by an unknown participant).
ALTER TABLE decisions ADD COLUMN recorded_by TEXT NULL CHECK (recorded_by IN ('BG', 'UK'));
ALTER TABLE decisions ADD COLUMN confirmed_by TEXT NULL CHECK (confirmed_by IN ('BG', 'UK'));
ALTER TABLE decisions ADD COLUMN confirmed_at TEXT NULL;

UPDATE decisions SET confirmed_at = recorded_at WHERE binding = 1;
