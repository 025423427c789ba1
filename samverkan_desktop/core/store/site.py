"""This installation: its data directory, its site id (the ``origin`` of every row it writes)."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's local data directory (settings, logs, site id, workspaces).

    Found with platformdirs, never the roaming profile (a roaming profile follows the user to
    other machines, and with it the site id and the live workspace). SAMVERKAN_DATA_DIR
    overrides it (tests, the two-coordinator simulation).
    """
    override = os.environ.get("SAMVERKAN_DATA_DIR")
    if override:
        base = Path(override)
    else:
        name = "samverkan-desktop" if sys.platform.startswith("linux") else "Samverkan Desktop"
        base = platformdirs.user_data_path(name, appauthor=False, roaming=False)
    base.mkdir(parents=True, exist_ok=True)
    return base


def site_id() -> str:
    """A stable id of this installation, created on first use.

    Two copies of the same workspace on two machines must write as two sites, so the id belongs
    to the installation, not to the file.
    """
    f = data_dir() / "site_id"
    try:
        value = f.read_text().strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):
        value = str(uuid.uuid4())
        tmp = f.with_suffix(".tmp")
        tmp.write_text(value)
        os.replace(tmp, f)
        return value
