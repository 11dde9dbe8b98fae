-- An event may move one indicator in more than one quarter: a late meeting recomputes the cadence
-- compliance of its own quarter and of every later one that depends on it. An event still counts
-- once per indicator, quarter and disaggregation key.
ALTER TABLE observations DROP CONSTRAINT observations_event_indicator_disaggregation_key;
ALTER TABLE observations ADD CONSTRAINT observations_event_indicator_quarter_disaggregation_key
    UNIQUE (source_event_id, indicator_code, year, quarter, disaggregation);
