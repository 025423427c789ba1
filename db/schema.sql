-- Samverkan Desktop: the canonical schema of the newest version.
--
-- This file is the truth: a new workspace is created by running it, and a test checks that a
-- new file's schema is exactly what this file creates. Older files are brought here by the
-- numbered steps in db/migrations/. PRAGMA user_version and application_id are set by the store.
--
-- Every table whose rows travel between coordinators ("merge tables") carries the same block of
-- merge metadata (DESIGN §2):
--   uuid        uuid4 (or a uuid5 of a natural key where two coordinators must arrive at the
--               same row, e.g. one EST week per agreement), never reused
--   created_at, updated_at   UTC ISO 8601
--   updated_by  the user's name/initials from the settings
--   origin      site id of the installation that made the last change
--   version     change counter of the row (incremented on every local write)
--   lamport     Lamport clock of the last write (workspace-wide, ordered across merges)
--   clock       JSON version vectors: {"v": row vector, "c": vector at creation,
--               "f": {column: vector at that column's last write}} for field-level conflicts
--   deleted     tombstone; rows are never physically deleted, so a merge cannot resurrect them
-- References between merge tables are deferred, so a merge can insert rows in any order.

-- ---------------------------------------------------------------------------------------------
-- Local tables (never travel)

CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);

CREATE TABLE audit (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_uuid   TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore', 'merge')),
  by         TEXT NOT NULL,
  origin     TEXT NOT NULL,
  changes    TEXT NOT NULL DEFAULT '{}',
  source     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_row ON audit (row_uuid, id);

CREATE TABLE merge_conflict (
  id            INTEGER PRIMARY KEY,
  detected_at   TEXT NOT NULL,
  table_name    TEXT NOT NULL,
  row_uuid      TEXT NOT NULL,
  field         TEXT NOT NULL,
  mine          TEXT,
  theirs        TEXT,
  theirs_origin TEXT NOT NULL DEFAULT '',
  theirs_by     TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL DEFAULT '',
  resolved_at   TEXT,
  resolution    TEXT CHECK (resolution IN ('mine', 'theirs', 'edited')),
  writes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX merge_conflict_open ON merge_conflict (resolved_at, table_name, row_uuid);

-- The manifest of an exchange file (who exported it, when, from which version, which agreement).
-- Empty in a workspace; filled only in a file written by Arkiv → Dela… / samverkan export.
CREATE TABLE exchange_manifest (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Parties, agreements and what they agree on

CREATE TABLE party (
  uuid        TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  name        TEXT NOT NULL CHECK (name <> ''),
  short_name  TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL DEFAULT 'kommun'
              CHECK (kind IN ('kommun', 'polis', 'annan myndighet', 'organisation')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE agreement (
  uuid                  TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  title                 TEXT NOT NULL CHECK (title <> ''),
  period_from           TEXT NOT NULL,
  period_to             TEXT NOT NULL,
  vision                TEXT NOT NULL DEFAULT '',
  preamble              TEXT NOT NULL DEFAULT '',
  legal_basis           TEXT NOT NULL DEFAULT '',
  signed_date           TEXT,
  signed_place          TEXT NOT NULL DEFAULT '',
  communication_clause  TEXT NOT NULL DEFAULT '',
  economy_clause        TEXT NOT NULL DEFAULT '',
  responsibility_clause TEXT NOT NULL DEFAULT '',
  follow_up_clause      TEXT NOT NULL DEFAULT '',
  validity_clause       TEXT NOT NULL DEFAULT '',
  status                TEXT NOT NULL DEFAULT 'utkast'
                        CHECK (status IN ('utkast', 'gällande', 'avslutad')),
  revision_notes        TEXT NOT NULL DEFAULT '',
  previous_uuid         TEXT REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  signed_text TEXT NOT NULL DEFAULT ''  -- 0011: the text as signed (printed verbatim)
);

-- The purposes ("Syftet med denna samverkansöverenskommelse är att …"), an ordered list.
CREATE TABLE agreement_purpose (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  position       INTEGER NOT NULL DEFAULT 0,
  text           TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX agreement_purpose_agreement ON agreement_purpose (agreement_uuid, position);

-- avtalspart: a party's place in an agreement, with its diarienummer and signatory.
CREATE TABLE agreement_party (
  uuid            TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid  TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid      TEXT NOT NULL REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  position        INTEGER NOT NULL DEFAULT 0,
  case_number     TEXT NOT NULL DEFAULT '',
  signatory_name  TEXT NOT NULL DEFAULT '',
  signatory_title TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX agreement_party_agreement ON agreement_party (agreement_uuid, position);

-- samverkansform / fokusområde / forum
CREATE TABLE cooperation_form (
  uuid            TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid  TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  position        INTEGER NOT NULL DEFAULT 0,
  name            TEXT NOT NULL CHECK (name <> ''),
  abbreviation    TEXT NOT NULL DEFAULT '',
  kind            TEXT NOT NULL DEFAULT 'samverkansform'
                  CHECK (kind IN ('samverkansform', 'forum', 'fokusområde', 'arbetsområde')),
  description     TEXT NOT NULL DEFAULT '',
  lead_party_uuid TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  lead_text       TEXT NOT NULL DEFAULT '',
  follow_up_text  TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX cooperation_form_agreement ON cooperation_form (agreement_uuid, position);

-- Parties that take part in a form (besides the lead party). uuid5(form, party).
CREATE TABLE cooperation_form_party (
  uuid       TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  form_uuid  TEXT NOT NULL REFERENCES cooperation_form (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid TEXT NOT NULL REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX cooperation_form_party_form ON cooperation_form_party (form_uuid);

CREATE TABLE contact_person (
  uuid       TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  party_uuid TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  name       TEXT NOT NULL CHECK (name <> ''),
  title      TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- resurs som garanteras
CREATE TABLE guaranteed_resource (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid     TEXT NOT NULL REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  position       INTEGER NOT NULL DEFAULT 0,
  text           TEXT NOT NULL CHECK (text <> ''),
  function_role  TEXT NOT NULL DEFAULT '',
  holder         TEXT NOT NULL DEFAULT '',
  contact_uuid   TEXT REFERENCES contact_person (uuid) DEFERRABLE INITIALLY DEFERRED,
  status         TEXT NOT NULL DEFAULT 'tillsatt'
                 CHECK (status IN ('tillsatt', 'vakant', 'under rekrytering')),
  extent_fte     REAL CHECK (extent_fte IS NULL OR extent_fte >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deputy_uuid TEXT REFERENCES contact_person (uuid) DEFERRABLE INITIALLY DEFERRED  -- 0007: ersättare
);
CREATE INDEX guaranteed_resource_agreement ON guaranteed_resource (agreement_uuid, party_uuid, position);

-- Which forms a resource serves. uuid5(resource, form).
CREATE TABLE resource_form (
  uuid          TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  resource_uuid TEXT NOT NULL REFERENCES guaranteed_resource (uuid) DEFERRABLE INITIALLY DEFERRED,
  form_uuid     TEXT NOT NULL REFERENCES cooperation_form (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX resource_form_resource ON resource_form (resource_uuid);
CREATE INDEX resource_form_form ON resource_form (form_uuid);

-- ---------------------------------------------------------------------------------------------
-- Places and code lists (data, not code: another municipality needs no code change)

-- kommun › område › plats
CREATE TABLE area (
  uuid        TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  parent_uuid TEXT REFERENCES area (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid  TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  level       TEXT NOT NULL DEFAULT 'område' CHECK (level IN ('kommun', 'område', 'plats')),
  area_type   TEXT NOT NULL DEFAULT '',
  name        TEXT NOT NULL CHECK (name <> ''),
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX area_parent ON area (parent_uuid);

-- kodlistor: incident categories, sources (aktörer), … A rename keeps the uuid, so history holds.
CREATE TABLE code_item (
  uuid       TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  list_name  TEXT NOT NULL CHECK (list_name IN ('incident_category', 'source', 'channel', 'target_group')),
  label      TEXT NOT NULL CHECK (label <> ''),
  position   INTEGER NOT NULL DEFAULT 0,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX code_item_list ON code_item (list_name, position);

-- ---------------------------------------------------------------------------------------------
-- EST: the weekly situational picture, incidents, problems and actions, analyses

-- One EST week per agreement: uuid5(agreement, iso_year, iso_week).
CREATE TABLE est_week (
  uuid             TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid   TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  iso_year         INTEGER NOT NULL,
  iso_week         INTEGER NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
  meeting_date     TEXT,
  participants     TEXT NOT NULL DEFAULT '',
  situation_report TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX est_week_agreement ON est_week (agreement_uuid, iso_year, iso_week);

-- Status per area in a week: uuid5(week, area).
CREATE TABLE est_area_status (
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
CREATE INDEX est_area_status_week ON est_area_status (est_week_uuid);

-- händelse: an incident or observation. No names: description is checked for personnummer.
-- occurred_time (version 10, at the end): the time of day "HH:MM", or NULL when unknown.
CREATE TABLE incident (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  occurred_on    TEXT NOT NULL,
  iso_year       INTEGER NOT NULL,
  iso_week       INTEGER NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
  category_uuid  TEXT REFERENCES code_item (uuid) DEFERRABLE INITIALLY DEFERRED,
  area_uuid      TEXT REFERENCES area (uuid) DEFERRABLE INITIALLY DEFERRED,
  source_uuid    TEXT REFERENCES code_item (uuid) DEFERRABLE INITIALLY DEFERRED,
  count          INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
  description    TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  occurred_time  TEXT,
  problem_uuid   TEXT REFERENCES problem (uuid) DEFERRABLE INITIALLY DEFERRED
);
-- The one incident index: a week is a date range, so the week view, the week list, the period
-- analysis and the whole-log filter (core/est/filter.py) all search it; tests/test_est_indexes.py
-- checks every incident query the program runs. Nothing else earns its bytes per incident.
CREATE INDEX incident_date ON incident (agreement_uuid, occurred_on);

-- prioriterat problem
CREATE TABLE problem (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  area_uuid      TEXT REFERENCES area (uuid) DEFERRABLE INITIALLY DEFERRED,
  description    TEXT NOT NULL CHECK (description <> ''),
  raised_year    INTEGER NOT NULL,
  raised_week    INTEGER NOT NULL CHECK (raised_week BETWEEN 1 AND 53),
  priority       INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
  status         TEXT NOT NULL DEFAULT 'aktivt' CHECK (status IN ('aktivt', 'bevakas', 'avslutat')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  cause_analysis TEXT NOT NULL DEFAULT '',
  effect_kind    TEXT NOT NULL DEFAULT '' CHECK (effect_kind IN ('', 'indikator', 'händelser')),
  effect_indicator_uuid TEXT REFERENCES indicator (uuid) DEFERRABLE INITIALLY DEFERRED,
  effect_baseline REAL,
  effect_target  REAL
);
CREATE INDEX problem_agreement ON problem (agreement_uuid, status);

-- åtgärd / insats. actor_uuid (version 9): the owner when it is an actor that is not a party.
CREATE TABLE action (
  uuid                  TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid        TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  problem_uuid          TEXT REFERENCES problem (uuid) DEFERRABLE INITIALLY DEFERRED,
  raised_year           INTEGER NOT NULL,
  raised_week           INTEGER NOT NULL CHECK (raised_week BETWEEN 1 AND 53),
  description           TEXT NOT NULL CHECK (description <> ''),
  responsible_party_uuid TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  responsible_function  TEXT NOT NULL DEFAULT '',
  due_date              TEXT,
  status                TEXT NOT NULL DEFAULT 'planerad'
                        CHECK (status IN ('planerad', 'pågår', 'klar', 'inställd')),
  closed_on             TEXT,
  feedback              TEXT NOT NULL DEFAULT '',
  form_uuid             TEXT REFERENCES cooperation_form (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  actor_uuid            TEXT
);
CREATE INDEX action_agreement ON action (agreement_uuid, status, due_date);
CREATE INDEX action_problem ON action (problem_uuid);

-- Tertial (2026-T2) or annual (2026) analysis: uuid5(agreement, period[, kommun party]).
CREATE TABLE analysis (
  uuid               TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid     TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  period             TEXT NOT NULL,
  conclusions        TEXT NOT NULL DEFAULT '',
  prioritized_areas  TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  -- added in version 5: the kommun (party) whose analysis this is; NULL = the whole agreement
  party_uuid  TEXT
);
CREATE INDEX analysis_agreement ON analysis (agreement_uuid, period);

-- ---------------------------------------------------------------------------------------------
-- Follow-up: occasions, assessments, indicators, action plans

CREATE TABLE follow_up (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  kind           TEXT NOT NULL DEFAULT 'deluppföljning'
                 CHECK (kind IN ('deluppföljning', 'slutuppföljning', 'årlig rapport', 'annan')),
  due_date       TEXT NOT NULL,
  done_date      TEXT,
  title          TEXT NOT NULL DEFAULT '',
  responsible    TEXT NOT NULL DEFAULT '',
  summary        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  case_number    TEXT NOT NULL DEFAULT '',
  officer        TEXT NOT NULL DEFAULT '',
  proposal       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_up_agreement ON follow_up (agreement_uuid, due_date);

-- An assessment of one form or resource at one occasion: uuid5(follow_up, target).
CREATE TABLE assessment (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  follow_up_uuid TEXT NOT NULL REFERENCES follow_up (uuid) DEFERRABLE INITIALLY DEFERRED,
  target_kind    TEXT NOT NULL CHECK (target_kind IN ('form', 'resource')),
  target_uuid    TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'ej bedömd' CHECK (status IN ('grön', 'gul', 'röd', 'ej bedömd')),
  comment        TEXT NOT NULL DEFAULT '',
  evidence       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX assessment_follow_up ON assessment (follow_up_uuid, target_kind);

-- Evidence behind an assessment: an EST action or an indicator value it rests on.
-- uuid5(assessment, kind, target) so two coordinators linking the same thing get one row.
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

CREATE TABLE indicator (
  uuid             TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid   TEXT REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  name             TEXT NOT NULL CHECK (name <> ''),
  unit             TEXT NOT NULL DEFAULT '',
  source           TEXT NOT NULL DEFAULT '',
  higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
  description      TEXT NOT NULL DEFAULT '',
  form_uuid        TEXT REFERENCES cooperation_form (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- One value per indicator, area and period: uuid5(indicator, area, period). Aggregates only.
CREATE TABLE indicator_value (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  indicator_uuid TEXT NOT NULL REFERENCES indicator (uuid) DEFERRABLE INITIALLY DEFERRED,
  area_uuid      TEXT REFERENCES area (uuid) DEFERRABLE INITIALLY DEFERRED,
  period         TEXT NOT NULL,
  value          REAL NOT NULL,
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
CREATE INDEX indicator_value_indicator ON indicator_value (indicator_uuid, period);

-- Åtgärdsplan (Brå's columns), per municipality and year. Version 9 added (at the end) the plan
-- (action_plan.uuid), the Problem column and the EST problem it addresses, and Vem as an actor
-- (actor.uuid) or a party (party.uuid).
CREATE TABLE action_plan_item (
  uuid             TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid   TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid       TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  year             INTEGER NOT NULL,
  position         INTEGER NOT NULL DEFAULT 0,
  cause            TEXT NOT NULL DEFAULT '',
  measure          TEXT NOT NULL DEFAULT '',
  operational_goal TEXT NOT NULL DEFAULT '',
  timing           TEXT NOT NULL DEFAULT '',
  who              TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'ej bedömd' CHECK (status IN ('grön', 'gul', 'röd', 'ej bedömd')),
  form_uuid        TEXT REFERENCES cooperation_form (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  plan_uuid    TEXT,
  problem      TEXT NOT NULL DEFAULT '',
  problem_uuid TEXT,
  actor_uuid   TEXT
);
CREATE INDEX action_plan_item_agreement ON action_plan_item (agreement_uuid, year, party_uuid);

-- aktör: an organisation that reports incidents or owns actions (parties are actors too).
CREATE TABLE actor (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  name           TEXT NOT NULL CHECK (name <> ''),
  kind           TEXT NOT NULL DEFAULT 'annan',
  party_uuid     TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  source_uuid    TEXT REFERENCES code_item (uuid) DEFERRABLE INITIALLY DEFERRED,
  description    TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX actor_agreement ON actor (agreement_uuid, kind);

-- kontaktperson hos en aktör
CREATE TABLE actor_contact (
  uuid       TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  actor_uuid TEXT NOT NULL REFERENCES actor (uuid) DEFERRABLE INITIALLY DEFERRED,
  name       TEXT NOT NULL CHECK (name <> ''),
  title      TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX actor_contact_actor ON actor_contact (actor_uuid);

-- lägesbild (Lag 2023:196 4 §) of one kommun for a year or a period; frozen when fastställd.
CREATE TABLE lagesbild (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid     TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  period         TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'fastställd')),
  established_on TEXT,
  established_by TEXT NOT NULL DEFAULT '',
  mapping        TEXT NOT NULL DEFAULT '',
  extent         TEXT NOT NULL DEFAULT '',
  other_info     TEXT NOT NULL DEFAULT '',
  analysis       TEXT NOT NULL DEFAULT '',
  priorities     TEXT NOT NULL DEFAULT '',
  figures        TEXT NOT NULL DEFAULT '[]',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX lagesbild_agreement ON lagesbild (agreement_uuid, party_uuid, period);

-- A prioritised problem of a lägesbild: uuid5(lagesbild, problem).
CREATE TABLE lagesbild_problem (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  lagesbild_uuid TEXT NOT NULL REFERENCES lagesbild (uuid) DEFERRABLE INITIALLY DEFERRED,
  problem_uuid   TEXT NOT NULL REFERENCES problem (uuid) DEFERRABLE INITIALLY DEFERRED,
  position       INTEGER NOT NULL DEFAULT 0,
  comment        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX lagesbild_problem_lagesbild ON lagesbild_problem (lagesbild_uuid, position);

-- åtgärdsplan (Lag 2023:196 5 §) of one kommun: decision, validity, version. A new version is a new
-- row (previous_uuid) with copies of the rows; the old one stays readable.
CREATE TABLE action_plan (
  uuid                 TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid       TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  party_uuid           TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  title                TEXT NOT NULL DEFAULT '',
  valid_from           TEXT NOT NULL,
  valid_to             TEXT NOT NULL,
  plan_version         INTEGER NOT NULL DEFAULT 1 CHECK (plan_version >= 1),
  status               TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'beslutad', 'ersatt')),
  decision_body        TEXT NOT NULL DEFAULT '',
  decision_date        TEXT,
  decision_paragraph   TEXT NOT NULL DEFAULT '',
  decision_case_number TEXT NOT NULL DEFAULT '',
  lagesbild_uuid       TEXT REFERENCES lagesbild (uuid) DEFERRABLE INITIALLY DEFERRED,
  previous_uuid        TEXT REFERENCES action_plan (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX action_plan_agreement ON action_plan (agreement_uuid, party_uuid, valid_from);

-- sammanträde
CREATE TABLE meeting (
  uuid            TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  body            TEXT NOT NULL CHECK (body <> ''),
  date            TEXT NOT NULL,
  time            TEXT NOT NULL DEFAULT '',
  place           TEXT NOT NULL DEFAULT '',
  members_present TEXT NOT NULL DEFAULT '',
  others_present  TEXT NOT NULL DEFAULT '',
  chair           TEXT NOT NULL DEFAULT '',
  secretary       TEXT NOT NULL DEFAULT '',
  adjuster        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  party_uuid      TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  adjusted_on     TEXT,
  adjusted_digitally INTEGER NOT NULL DEFAULT 0 CHECK (adjusted_digitally IN (0, 1))
);

-- paragraf
CREATE TABLE paragraph (
  uuid           TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  meeting_uuid   TEXT NOT NULL REFERENCES meeting (uuid) DEFERRABLE INITIALLY DEFERRED,
  number         INTEGER NOT NULL CHECK (number >= 1),
  title          TEXT NOT NULL DEFAULT '',
  case_number    TEXT NOT NULL DEFAULT '',
  officer        TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL DEFAULT '',
  basis          TEXT NOT NULL DEFAULT '',
  proposal       TEXT NOT NULL DEFAULT '',
  decision       TEXT NOT NULL DEFAULT '',
  follow_up_uuid TEXT REFERENCES follow_up (uuid) DEFERRABLE INITIALLY DEFERRED,
  analysis_uuid  TEXT REFERENCES analysis (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  agreement_uuid TEXT REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX paragraph_meeting ON paragraph (meeting_uuid, number);

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

-- ---------------------------------------------------------------------------------------------
-- Communication plan

-- One plan per agreement and year: uuid5(agreement, year).
CREATE TABLE communication_plan (
  uuid              TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  agreement_uuid    TEXT NOT NULL REFERENCES agreement (uuid) DEFERRABLE INITIALLY DEFERRED,
  year              INTEGER NOT NULL,
  purpose           TEXT NOT NULL DEFAULT '',
  goals             TEXT NOT NULL DEFAULT '',
  target_primary    TEXT NOT NULL DEFAULT '',
  target_secondary  TEXT NOT NULL DEFAULT '',
  key_messages      TEXT NOT NULL DEFAULT '',
  channels          TEXT NOT NULL DEFAULT '',
  responsible       TEXT NOT NULL DEFAULT '',
  evaluation        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX communication_plan_agreement ON communication_plan (agreement_uuid, year);

CREATE TABLE communication_activity (
  uuid                   TEXT PRIMARY KEY NOT NULL CHECK (length(uuid) = 36),
  plan_uuid              TEXT NOT NULL REFERENCES communication_plan (uuid) DEFERRABLE INITIALLY DEFERRED,
  title                  TEXT NOT NULL CHECK (title <> ''),
  message                TEXT NOT NULL DEFAULT '',
  target_group           TEXT NOT NULL DEFAULT '',
  channel                TEXT NOT NULL DEFAULT '',
  planned_date           TEXT,
  planned_week           INTEGER CHECK (planned_week IS NULL OR planned_week BETWEEN 1 AND 53),
  responsible_party_uuid TEXT REFERENCES party (uuid) DEFERRABLE INITIALLY DEFERRED,
  responsible_function   TEXT NOT NULL DEFAULT '',
  status                 TEXT NOT NULL DEFAULT 'planerad'
                         CHECK (status IN ('planerad', 'pågår', 'genomförd', 'inställd')),
  done_date              TEXT,
  outcome                TEXT NOT NULL DEFAULT '',
  recurring              INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
  form_uuid              TEXT REFERENCES cooperation_form (uuid) DEFERRABLE INITIALLY DEFERRED,
  action_uuid            TEXT REFERENCES action (uuid) DEFERRABLE INITIALLY DEFERRED,
  follow_up_uuid         TEXT REFERENCES follow_up (uuid) DEFERRABLE INITIALLY DEFERRED,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL DEFAULT '',
  origin      TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  lamport     INTEGER NOT NULL DEFAULT 0,
  clock       TEXT NOT NULL DEFAULT '{}',
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX communication_activity_plan ON communication_activity (plan_uuid, planned_date);

-- ---------------------------------------------------------------------------------------------
-- Frozen reports (version 13; masked_on version 14)

-- fastställd rapport: the PDF bytes as the committee received them, and what made them; never edited
-- except by a redaction (core/reports/frozen_mask.py), which builds it again without the removed text.
-- masked_on (version 14, at the end): the day text was last removed from it; NULL: never.
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
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  masked_on   TEXT
);
CREATE INDEX frozen_report_agreement ON frozen_report (agreement_uuid, report_date);
