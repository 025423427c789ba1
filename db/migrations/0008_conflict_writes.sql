-- Version 7 → 8: a merge conflict names the two writes it is between (their version-vector tags,
-- JSON), so one concurrent edit is recorded once and a later write that saw both closes it.
ALTER TABLE merge_conflict ADD COLUMN writes TEXT NOT NULL DEFAULT '';
