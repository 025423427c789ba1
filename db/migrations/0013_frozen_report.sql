-- Version 12 → 13: "Fastställ rapport": a report frozen as the committee received it — the PDF's
-- bytes and what made it (kind, options as JSON, the day it describes, who froze it and when), so
-- it can be printed again byte for byte and travels to the other coordinator. Never edited; a
-- deleted one is a tombstone whose bytes are cleared (deleted means gone).
CREATE TABLE frozen_report (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  kind           TEXT NOT NULL CHECK (kind <> ''),
  title          TEXT NOT NULL DEFAULT '',
  parameters     TEXT NOT NULL DEFAULT '{}',
  report_date    TEXT,
  frozen_on      TEXT,
  frozen_by      TEXT NOT NULL DEFAULT '',
  pdf            BLOB CHECK (pdf IS NULL OR length(pdf) <= 20971520),
  pdf_sha256     TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX frozen_report_agreement ON frozen_report (agreement_uuid, report_date);
