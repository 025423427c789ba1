"""The demo workspace: both seed agreements as structured data, plus invented EST data.

Each module in :data:`BUILDERS` has ``build(tx)`` and adds its part inside one transaction,
in order (later parts find the agreements that earlier parts made).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..store import site
from ..store.backup import rotate_backup
from ..store.database import Store

DEMO_FILE_NAME = "demo.sqlite"

BUILDERS = [
    "orebro",
    "hallsberg",
    "est",
    "est_hallsberg",
    "follow_up",
    "problem_work",
    "lagesbild",
    "plans",
    "communication",
]


def build_demo(store: Store) -> None:
    """Fill ``store`` with the demo data, in one transaction."""
    with store.write("Demodata") as tx:
        for name in BUILDERS:
            importlib.import_module(f"{__name__}.{name}").build(tx)


def create_demo_workspace(path: Path | str, *, user: str, origin: str) -> Store:
    """A new workspace at ``path`` holding the demo data (an existing file is replaced)."""
    store = Store.create(Path(path), user=user, origin=origin, overwrite=True)
    build_demo(store)
    return store


def demo_path() -> Path:
    """Where ``--demo`` keeps the demo workspace: ``demo.sqlite`` in the user data folder."""
    return site.data_dir() / DEMO_FILE_NAME


def open_or_create_demo(path: Path | str, *, user: str, origin: str) -> Store:
    """The demo workspace at ``path``: the existing one (with the user's edits), created only when missing."""
    path = Path(path)
    if path.exists():
        return Store.open(path, user=user, origin=origin)
    return create_demo_workspace(path, user=user, origin=origin)


def reset_demo_workspace(path: Path | str, *, user: str, origin: str) -> tuple[Store, Path | None]:
    """Fresh demo data at ``path`` after a verified backup of what was there; returns the new store
    and the backup (None when there was no file)."""
    path = Path(path)
    saved = None
    if path.exists():
        old = Store.open(path, user=user, origin=origin, make_backup=False)
        try:
            saved = rotate_backup(old)
        finally:
            old.close()
    return create_demo_workspace(path, user=user, origin=origin), saved
