-- ¶6 in the schema, as the backstop for two concurrent writers: an official holds at most one
-- current membership, and each participant has at most one current co-chair.
CREATE UNIQUE INDEX ux_memberships_current_official ON memberships (official_id) WHERE ended_on IS NULL;

CREATE UNIQUE INDEX ux_memberships_current_co_chair ON memberships (participant)
    WHERE role = 'co_chair' AND ended_on IS NULL;
