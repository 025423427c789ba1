-- Version 13 → 14: a frozen report from which text was removed after it was frozen ("Ta bort
-- personuppgifter"): the report is built again without the text and marked "Maskad <datum>", so
-- the committee's secretary knows why it no longer matches the printed copy. NULL: never masked.
ALTER TABLE frozen_report ADD COLUMN masked_on TEXT;
