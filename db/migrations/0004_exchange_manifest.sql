-- Version 3 → 4: exchange files carry a manifest (who exported, organisation, when, versions).
CREATE TABLE exchange_manifest (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
