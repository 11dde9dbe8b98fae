-- Reviews of the joint statement (¶8) with their outcome.
CREATE TABLE statement_reviews (
    id           TEXT PRIMARY KEY,
    reviewed_on  TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('continue', 'amend', 'conclude')),
    summary      TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);

CREATE INDEX ix_statement_reviews_reviewed_on ON statement_reviews (reviewed_on);
