"""``samverkan``: init, info, check — one clear line and a non-zero exit on bad input."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.core.store import migrate


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan_desktop.cli", *args],
                          capture_output=True, text=True, timeout=120)


def test_init_demo_and_info_json(tmp_path):
    path = tmp_path / "d.sqlite"
    assert run("init", str(path), "--demo").returncode == 0
    result = run("info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    by_title = {a["title"]: a for a in info["agreements"]}
    assert len(by_title) == 2
    orebro = next(a for t, a in by_title.items() if "2024-2026" in t and "Hallsberg" not in t)
    hallsberg = next(a for t, a in by_title.items() if "Hallsberg" in t)
    assert len(orebro["parties"]) == 2 and len(hallsberg["parties"]) == 5
    assert {p["case_number"] for p in orebro["parties"]} == {"KS 1382/2023", "A713.561/2023"}
    assert orebro["resources"] == 18 and orebro["forms"] == 15
    assert info["schema_version"] == migrate.schema_version()
    assert info["counts"]["incidents"] > 1000 and info["counts"]["est_weeks"] >= 47
    assert set(orebro) >= {"uuid", "title", "period_from", "period_to", "parties", "forms", "resources"}


def test_init_refuses_existing_file(tmp_path):
    path = tmp_path / "d.sqlite"
    path.write_text("mitt")
    result = run("init", str(path))
    assert result.returncode != 0 and "finns redan" in result.stderr
    assert path.read_text() == "mitt"


@pytest.mark.parametrize("kind", ["text", "foreign", "missing", "directory"])
def test_check_refuses_bad_files_in_one_line(tmp_path, kind, capsys):
    path = tmp_path / "fil.sqlite"
    if kind == "text":
        path.write_text("Detta är en anteckning, ingen databas.\n" * 10)
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE kunder (namn TEXT)")
        conn.commit()
        conn.close()
    elif kind == "directory":
        path.mkdir()
    before = path.read_bytes() if path.is_file() else None
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if kind == "missing" else ["fil.sqlite"])


def test_check_passes_on_a_sound_workspace(tmp_path, capsys):
    path = tmp_path / "ny.sqlite"
    assert main(["init", str(path)]) == 0
    assert main(["check", str(path)]) == 0
    assert "ok" in capsys.readouterr().out


def test_unknown_subcommand_is_one_line(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["finns-inte"])
    assert exc.value.code == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_merge_from_the_cli_takes_one_backup_and_none_when_nothing_is_new(tmp_path, capsys):
    path, other, shared = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "delad.sqlite"
    assert main(["init", str(path), "--demo"]) == 0
    shutil.copyfile(path, other)
    party = sqlite3.connect(other).execute("SELECT uuid FROM party ORDER BY uuid LIMIT 1").fetchone()[0]
    assert main(["--user", "B", "set", str(other), "party", party, "short_name=Ny"]) == 0
    assert main(["export", str(other), str(shared)]) == 0
    folder = tmp_path / "a-säkerhetskopior"
    before = len(list(folder.glob("*.sqlite"))) if folder.exists() else 0
    assert main(["merge", str(path), str(shared)]) == 0
    assert len(list(folder.glob("*.sqlite"))) == before + 1
    capsys.readouterr()
    assert main(["merge", str(path), str(shared)]) == 0  # again: nothing new, nothing written
    assert "Inget nytt i filen: den lästes in" in capsys.readouterr().out
    assert len(list(folder.glob("*.sqlite"))) == before + 1


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    # `samverkan info FIL | head -0`: the pipe is closed before anything is written.
    path = tmp_path / "ws.sqlite"
    assert main(["init", str(path), "--demo"]) == 0
    env = {**os.environ, "SAMVERKAN_DATA_DIR": str(tmp_path / "data")}
    child = subprocess.Popen([sys.executable, "-m", "samverkan_desktop.cli", "info", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait() == 141 and err == "", err
