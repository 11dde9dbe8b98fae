-- ListObservations reads one indicator's entries newest first (ORDER BY recorded_at DESC, version
-- DESC). The (indicator_code, year, quarter, disaggregation) index finds the rows but not in that
-- order, so a list without a quarter sorted every entry of the indicator for each page: with a
-- million entries that alone took longer than the list's 20 ms budget. This index hands them out
-- already in order; the quarter-filtered list keeps using the other one.
CREATE INDEX ix_manual_observations_newest ON manual_observations (indicator_code, recorded_at DESC, version DESC);
