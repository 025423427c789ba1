-- Version 6 → 7: an area can have a motivation without a status ("ej bedömd"), instead of a silent "grön".
-- SQLite cannot change a CHECK constraint, so the table is rebuilt (same columns, same order).
CREATE TABLE est_area_status_v7 (
  uuid          TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  est_week_uuid TEXT NOT NULL REFERENCES est_week (uuid) DEFERRABLE INITIALLY DEFERRED,
  area_uuid     TEXT NOT NULL REFERENCES area (uuid) DEFERRABLE INITIALLY DEFERRED,
  status        TEXT NOT NULL DEFAULT 'grön' CHECK (status IN ('grön', 'gul', 'röd', 'ej bedömd')),
  motivation    TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO est_area_status_v7 SELECT * FROM est_area_status;
DROP TABLE est_area_status;
ALTER TABLE est_area_status_v7 RENAME TO est_area_status;
CREATE INDEX est_area_status_week ON est_area_status (est_week_uuid);
