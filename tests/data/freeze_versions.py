"""Frozen workspace files of every earlier schema version (``workspace-vN.sqlite``).

    .venv/bin/python -m tests.data.freeze_versions     # writes the versions that are missing

Version 1 was made once from the seed workspace of tests/exchange_util.py with what steps 2–4
added taken away (audit.source; assessment_evidence; exchange_manifest); every later version is
the previous frozen file upgraded by the migration steps of that version — the old migrations,
run as a user's file would run them. A file, once frozen, is never rebuilt: it stands for what
that version wrote. tests/test_exchange_versions.py uses :func:`version_file`, which also derives
a version nobody has frozen yet (a migration added since) from the newest frozen one below it.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

from samverkan_desktop.core.store import migrate

HERE = Path(__file__).resolve().parent


def frozen(version: int) -> Path:
    return HERE / f"workspace-v{version}.sqlite"


def _small(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()


def _upgrade(source: Path, target: Path, version: int) -> None:
    """``source`` brought to ``version`` by the migration steps up to it (not beyond)."""
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, tmp)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("BEGIN")
        for step_version, step in migrate.steps():
            if current < step_version <= version:
                for statement in migrate._statements(step.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step_version}")
        conn.execute("COMMIT")
    finally:
        conn.close()
    tmp.replace(target)


def version_file(version: int, scratch: Path) -> Path:
    """A workspace file at ``version``: the frozen one, or derived from the newest frozen below."""
    if frozen(version).exists():
        return frozen(version)
    below = max(v for v in range(1, version) if frozen(v).exists())
    target = scratch / f"workspace-v{version}.sqlite"
    _upgrade(frozen(below), target, version)
    return target


def _make_version_1(target: Path) -> None:
    import os
    import tempfile

    from tests.exchange_util import seed

    os.environ.setdefault("SAMVERKAN_DATA_DIR", tempfile.mkdtemp())
    store, _ids = seed(target)
    store.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("DROP TABLE exchange_manifest")
    conn.execute("DROP TABLE assessment_evidence")
    conn.execute("ALTER TABLE audit DROP COLUMN source")
    conn.execute("DELETE FROM workspace_meta WHERE key LIKE 'replica_%'")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def main() -> int:
    if not frozen(1).exists():
        _make_version_1(frozen(1))
        _small(frozen(1))
        print(f"Skrev {frozen(1).name}")
    for version in range(2, migrate.schema_version()):
        if not frozen(version).exists():
            _upgrade(version_file(version - 1, HERE), frozen(version), version)
            _small(frozen(version))
            print(f"Skrev {frozen(version).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
