-- Published breakdowns: a publication publishes every value of the quarter, the totals and each
-- disaggregation (participant:BG, agency:<uuid>, ...), so callers who may not approve figures see
-- breakdowns as published, like totals. Depends on 0002 (the disaggregation keys) and 0003.

-- The default keeps every row published so far a total, which is what it was.
ALTER TABLE published_values ADD COLUMN disaggregation text NOT NULL DEFAULT '';
ALTER TABLE published_values DROP CONSTRAINT published_values_pkey;
ALTER TABLE published_values ADD PRIMARY KEY (indicator_code, year, quarter, disaggregation);
