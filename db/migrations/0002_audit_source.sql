-- Version 1 → 2: the audit trail says where a change came from (a merged file, a restore),
-- so "Historik" can show whose file a merged change arrived in.
ALTER TABLE audit ADD COLUMN source TEXT NOT NULL DEFAULT '';
