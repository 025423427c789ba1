"""This installation: its data directory, its site id (the ``origin`` of every row it writes)."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path


def data_dir() -> Path:
    """The user data directory (logs, site id); SAMVERKAN_DATA_DIR overrides it."""
    override = os.environ.get("SAMVERKAN_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home())) / "Samverkan Desktop"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "Samverkan Desktop"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "samverkan-desktop"
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
