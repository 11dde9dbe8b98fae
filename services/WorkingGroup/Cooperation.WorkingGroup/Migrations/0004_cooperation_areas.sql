-- Areas for cooperation the working group identifies (¶2–¶5), tagged with the statement's vocabulary.
CREATE TABLE cooperation_areas (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL,
    identified_at  TEXT NOT NULL
);

CREATE TABLE cooperation_area_tags (
    area_id  TEXT NOT NULL REFERENCES cooperation_areas (id),
    tag      TEXT NOT NULL,
    PRIMARY KEY (area_id, tag)
);

CREATE INDEX ix_cooperation_area_tags_tag ON cooperation_area_tags (tag);
