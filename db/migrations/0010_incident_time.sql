-- Version 9 → 10: an incident may carry the time of day it happened ("21:30"), for the weekday ×
-- time-of-day tables of the analysis; an imported time is kept.
ALTER TABLE incident ADD COLUMN occurred_time TEXT;
