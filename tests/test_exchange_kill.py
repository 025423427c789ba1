"""kill -9 in the middle of a merge: the file is entirely as before or entirely merged.

The test starts the merge in a subprocess (MERGE_SCRIPT) whose progress callback, when the merge
reaches its last table (the rows of every other table are written inside the open transaction by
then), touches a marker file and waits; the test kills the process with SIGKILL. No hook in
production code: the merge's own progress callback is the pause.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

from samverkan_desktop import cli
from samverkan_desktop.core.exchange import export, merge, receive
from samverkan_desktop.core.store.database import Store

from .exchange_util import content, pair

MERGE_SCRIPT = """
import sys, time
from pathlib import Path
from samverkan_desktop.core.exchange import merge, receive
from samverkan_desktop.core.store.database import Store

target, received_path, marker = sys.argv[1:4]
store = Store.open(target, user="B", origin=sys.argv[4], make_backup=False)

def progress(done, total, _text):
    if total and done == total - 1:
        Path(marker).touch()
        time.sleep(120)

merge.apply_merge(store, receive.read_received(Path(received_path)), progress=progress)
"""


def test_killed_merge_leaves_the_file_whole(tmp_path, capsys):
    a, b, ids = pair(tmp_path)
    with a.write("Mycket") as tx:
        tx.update("party", ids["kommun"], {"short_name": "Örebro"})
        tx.update("guaranteed_resource", ids["resource"], {"holder": "Kim"})
        tx.update("agreement_party", ids["ap"], {"case_number": "KS 2/2024"})
        for i in range(200):
            tx.insert("problem", {"agreement_uuid": ids["agreement"], "description": f"Problem {i}",
                                  "raised_year": 2026, "raised_week": 1 + i % 52})
    received_path = tmp_path / "från-a.sqlite"
    export.export_workspace(a, received_path, exporter_name="A")
    a.close()
    before = content(b)
    # What a completed merge gives, on a copy.
    b.close()
    shutil.copyfile(b.path, tmp_path / "facit.sqlite")
    facit = Store.open(tmp_path / "facit.sqlite", user="B", origin=b.origin, make_backup=False)
    received = receive.read_received(received_path)
    merge.apply_merge(facit, received, make_backup=False)
    received.close()
    after = content(facit)
    facit.close()
    assert before != after

    marker = tmp_path / "mitt-i"
    proc = subprocess.Popen([sys.executable, "-c", MERGE_SCRIPT, str(b.path), str(received_path), str(marker),
                             b.origin], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the merge never reached the first table"
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    assert cli.main(["check", str(b.path)]) == 0
    assert "ok" in capsys.readouterr().out
    reopened = Store.open(b.path, user="B", origin=b.origin, make_backup=False)
    try:
        state = content(reopened)
        assert state == before, "killed before COMMIT: nothing of the merge remains"
        assert reopened.scalar("SELECT count(*) FROM audit WHERE action = 'merge'") == 0
    finally:
        reopened.close()
    # And the same merge run to the end gives exactly the merged state.
    assert cli.main(["--user", "B", "merge", str(b.path), str(received_path)]) == 0
    done = Store.open(b.path, user="B", origin=b.origin, make_backup=False)
    try:
        assert content(done) == after
    finally:
        done.close()
