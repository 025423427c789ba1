"""The demo workspace: both seed agreements as structured data, plus invented EST data.

Each module in :data:`BUILDERS` has ``build(tx)`` and adds its part inside one transaction,
in order (later parts find the agreements that earlier parts made).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..store.database import Store

BUILDERS = [
    "orebro",
    "hallsberg",
    "est",
    "est_hallsberg",
    "follow_up",
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
