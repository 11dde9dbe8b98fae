-- The capacity-building schema (¶4c). Ids are uuid, instants timestamptz, calendar dates date,
-- amounts numeric with their ISO 4217 currency beside them; enum columns hold readable lower
-- snake case text, limited by CHECK constraints. Agencies are the working group's: they are
-- referenced here by its ids only.
SELECT 1;
