"""The Linux bundle: built with packaging/build.sh, started offscreen with --demo --screenshots.

Marked ``bundle`` (and slow): the default suite leaves it out; CI runs it after the suite with
``pytest -m bundle`` (see .ci/run). It proves the one folder carries everything the app needs:
every module (some are imported by name), schema, migrations, fonts, translations, the guide.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_data  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.bundle,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")]


def test_linux_bundle_starts_offscreen_and_carries_everything(tmp_path, qapp):
    pytest.importorskip("PyInstaller")
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--no-archive"], cwd=ROOT, env=env,
                   check=True, timeout=1500)
    bundle = ROOT / "dist" / bundle_data.NAME
    missing = [f for f in bundle_data.expected_files() if not (bundle / bundle_data.INTERNAL / f).is_file()]
    assert missing == []
    assert not list((bundle / bundle_data.INTERNAL).rglob("libQt6Quick*")), "unused Qt modules are left out"

    shots = tmp_path / "shots"
    run_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKAN_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([str(bundle / bundle_data.NAME), "--demo", "--screenshots", str(shots)],
                            env=run_env, capture_output=True, text=True, timeout=300)
    log = tmp_path / "data" / "samverkan-desktop.log"
    assert result.returncode == 0, result.stderr[-2000:] + (log.read_text()[-3000:] if log.exists() else "")
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == ["agreement.png", "communication.png", "est.png", "follow_up.png", "resources.png"]
    image = QImage(str(shots / "est.png"))
    assert image.width() >= 1200
