"""A full disk (a small RLIMIT_FSIZE in a subprocess): one clear line, exit 1, the file intact,
no temporary file left; read-only commands work without writing anything."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys

from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A

LIMIT = 20_000  # bytes any one file may grow to: less than -shm (32 KiB), a PDF or an export


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan_desktop.cli", "--user", "TS", *args],
                          preexec_fn=_limited, capture_output=True, text=True, env=dict(os.environ),
                          timeout=300)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_full_disk_is_one_clear_line_and_the_file_stays_intact(demo_path, tmp_path):
    before = _digest(demo_path)
    for args in (["info", str(demo_path)], ["check", str(demo_path)], ["privacy-scan", str(demo_path)]):
        result = _run(*args)
        assert result.returncode == 0, (args, result.stderr)
    for args in (["export", str(demo_path), str(tmp_path / "ut.sqlite")],
                 ["pdf", str(demo_path), "agreement", "--agreement", "Samverkansöverenskommelse 2024-2026",
                  "-o", str(tmp_path / "avtal.pdf")]):
        result = _run(*args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        err = result.stderr.strip()
        assert "\n" not in err and "Traceback" not in err, err
        assert "större än systemet tillåter" in err or "disken är full" in err, err
        assert "skadad" not in err
        assert not (tmp_path / "ut.sqlite").exists() and not (tmp_path / "avtal.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != demo_path.name
                  and not p.name.startswith(demo_path.name)) == [], "no temporary file left"
    assert _digest(demo_path) == before
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False).close()


def test_the_window_says_disk_full_too():
    import errno

    from samverkan_desktop.ui.errors import error_text

    assert "disken är full" in error_text(sqlite3.OperationalError("database or disk is full"))
    assert "disken är full" in error_text(OSError(errno.ENOSPC, "No space left on device", "rapport.pdf"))
    assert "Något gick fel" in error_text(ValueError("x"))
