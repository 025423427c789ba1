-- Version 11 → 12: problem work and the committee loop (issue 17), the protokollsutdrag's header
-- and justering (issue 13).

-- An incident may belong to one prioritised problem: the problem's own incidents, counted for its effect.
ALTER TABLE incident ADD COLUMN problem_uuid TEXT REFERENCES problem (uuid) DEFERRABLE INITIALLY DEFERRED;

-- A problem's orsaksanalys and its effect measure: an indicator, or the count of its incidents per
-- tertial ('händelser'), with the baseline and the target the work should reach.
ALTER TABLE problem ADD COLUMN cause_analysis TEXT NOT NULL DEFAULT '';
ALTER TABLE problem ADD COLUMN effect_kind TEXT NOT NULL DEFAULT ''
  CHECK (effect_kind IN ('', 'indikator', 'händelser'));
ALTER TABLE problem ADD COLUMN effect_indicator_uuid TEXT REFERENCES indicator (uuid) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE problem ADD COLUMN effect_baseline REAL;
ALTER TABLE problem ADD COLUMN effect_target REAL;

-- A report to the committee is an ärende: its own ärendenummer, handläggare and förslag till beslut
-- (its sammanfattning is the occasion's summary).
ALTER TABLE follow_up ADD COLUMN case_number TEXT NOT NULL DEFAULT '';
ALTER TABLE follow_up ADD COLUMN officer TEXT NOT NULL DEFAULT '';
ALTER TABLE follow_up ADD COLUMN proposal TEXT NOT NULL DEFAULT '';

-- The kommun whose body met (the protokollsutdrag's header) and the justering of the minutes: the
-- date, and whether it was justerat digitalt (seed 004) or signed by the justerare.
ALTER TABLE meeting ADD COLUMN party_uuid TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE meeting ADD COLUMN adjusted_on TEXT;
ALTER TABLE meeting ADD COLUMN adjusted_digitally INTEGER NOT NULL DEFAULT 0 CHECK (adjusted_digitally IN (0, 1));

-- The agreement a paragraph concerns (§ 25 of 2023-10-11 → the signed 2024–2026 agreement).
ALTER TABLE paragraph ADD COLUMN agreement_uuid TEXT REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED;

-- uppdrag: what a committee decision asks of someone, by when; due in the follow-up until done.
CREATE TABLE committee_duty (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  paragraph_uuid TEXT REFERENCES paragraph (uuid) DEFERRABLE INITIALLY DEFERRED,
  what           TEXT NOT NULL CHECK (what <> ''),
  who            TEXT NOT NULL DEFAULT '',
  due_date       TEXT NOT NULL,
  done_date      TEXT,
  note           TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX committee_duty_agreement ON committee_duty (agreement_uuid, done_date, due_date);
CREATE INDEX committee_duty_paragraph ON committee_duty (paragraph_uuid);
