"""The file types of Samverkan Desktop: the workspace and the files coordinators share.

Both are SQLite inside. Their own extensions and MIME types let the desktop open them with the
app (a double-clicked shared file offers the merge preview) instead of claiming every SQLite file.
Older workspaces named ``.sqlite`` keep opening.
"""

from __future__ import annotations

from pathlib import Path

WORKSPACE_SUFFIX = ".samverkan"
SHARED_SUFFIX = ".samverkan-delning"
LEGACY_SUFFIXES = (".sqlite", ".sqlite3", ".db")

WORKSPACE_MIME = "application/x-samverkan-workspace"
SHARED_MIME = "application/x-samverkan-shared"

WORKSPACE = "workspace"
SHARED = "shared"


def kind_of(path: Path | str) -> str | None:
    """``"workspace"``, ``"shared"`` or None (not one of ours by name) for ``path``."""
    name = Path(path).name.lower()
    if name.endswith(SHARED_SUFFIX):
        return SHARED
    if name.endswith(WORKSPACE_SUFFIX) or name.endswith(LEGACY_SUFFIXES):
        return WORKSPACE
    return None


def with_workspace_suffix(path: Path | str) -> Path:
    """``path`` ending in ``.samverkan`` (added when the user typed a bare name)."""
    path = Path(path)
    return path if kind_of(path) == WORKSPACE else path.with_name(path.name + WORKSPACE_SUFFIX)


def with_shared_suffix(path: Path | str) -> Path:
    """``path`` ending in ``.samverkan-delning``."""
    path = Path(path)
    return path if kind_of(path) == SHARED else path.with_name(path.name + SHARED_SUFFIX)


def workspace_patterns() -> str:
    """Glob patterns of workspaces for a file dialog filter (``*.samverkan *.sqlite …``)."""
    return " ".join(f"*{s}" for s in (WORKSPACE_SUFFIX, *LEGACY_SUFFIXES))


def shared_patterns() -> str:
    """Glob patterns of shared files (older shares were plain ``.sqlite``)."""
    return f"*{SHARED_SUFFIX} *.sqlite"
