-- A project drafted here and proposed to the working group: when it was proposed. Null for a
-- project not proposed from here (a draft, or one the working group agreed and announced).
ALTER TABLE projects ADD COLUMN proposed_at timestamptz NULL;
