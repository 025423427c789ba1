-- Version 6 → 7: one index on incident, (agreement_uuid, occurred_on). A week is a date range, so
-- the week list, the period analysis and the whole-log filter all search it; the (year, week),
-- covering-period, category and area indexes cost 40 % of the file and served no query of their own.
DROP INDEX IF EXISTS incident_week;
DROP INDEX IF EXISTS incident_date;
DROP INDEX IF EXISTS incident_category;
DROP INDEX IF EXISTS incident_area;
CREATE INDEX incident_date ON incident (agreement_uuid, occurred_on);
