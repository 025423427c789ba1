-- Version 2 → 3: assessments name their evidence (EST actions, indicator values) as links,
-- not only as free text.
CREATE TABLE assessment_evidence (
  uuid            TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  assessment_uuid TEXT NOT NULL REFERENCES assessment (uuid) DEFERRABLE INITIALLY DEFERRED,
  kind            TEXT NOT NULL CHECK (kind IN ('action', 'indicator_value')),
  target_uuid     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX assessment_evidence_assessment ON assessment_evidence (assessment_uuid);
