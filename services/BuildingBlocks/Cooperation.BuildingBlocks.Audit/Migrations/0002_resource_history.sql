-- One resource's history is read oldest first a page at a time (resource, then sequence): with
-- the sequence in the index the rows come in order from the index and the page stops at its
-- limit, instead of every row of the resource being fetched and sorted. It covers what the
-- resource-only index did, so that one goes.
CREATE INDEX ix_audit_records_resource_history ON audit_records (resource_type, resource_id, sequence);
DROP INDEX ix_audit_records_resource;
