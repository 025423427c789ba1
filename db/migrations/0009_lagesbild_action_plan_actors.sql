-- Version 8 → 9: the chain of Lag (2023:196): a lägesbild per kommun and period, an åtgärdsplan per
-- kommun with its decision, validity and version, rows in Brå's columns with Problem first (linked to
-- an EST problem), and a register of EST actors (bostadsbolag, räddningstjänst, skola …) that own
-- actions and plan rows.

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

-- The plan a row belongs to, its Problem (text, and the EST problem it addresses) and its Vem
-- (an actor of the register or a party: parties are actors too).
ALTER TABLE action_plan_item ADD COLUMN plan_uuid TEXT;
ALTER TABLE action_plan_item ADD COLUMN problem TEXT NOT NULL DEFAULT '';
ALTER TABLE action_plan_item ADD COLUMN problem_uuid TEXT;
ALTER TABLE action_plan_item ADD COLUMN actor_uuid TEXT;
-- An EST action owned by an actor that is not a party (a bostadsbolag, the räddningstjänst …).
ALTER TABLE action ADD COLUMN actor_uuid TEXT;
