"""Workspaces on a network share: found, refused with one line, or copied to a local folder.

SQLite's write-ahead log needs shared memory that network file systems do not give safely, so a
workspace must lie on a local disk (the GUI offers to copy it there).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import NetworkShare
from ..i18n import _

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs",
               "ncpfs", "davfs", "fuse.davfs2", "glusterfs", "ceph"}


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network file system (where WAL is unsafe)."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = str(path.resolve())
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, fstype = parts[1], parts[2]
    return fstype in _NETWORK_FS


def refuse(path: Path, where: Path) -> None:
    """:raises NetworkShare: when ``where`` (the file or its folder) is on a network share."""
    if is_network_path(where):
        raise NetworkShare(_("Filen ligger på en nätverksenhet ({path}). Arbetsytan måste ligga lokalt: kopiera den till datorn och öppna kopian.").format(path=path))


def copy_locally(path: Path, target_dir: Path) -> Path:
    """Copy a workspace from a network share into ``target_dir``; returns the new path."""
    target = target_dir / path.name
    shutil.copy2(path, target)
    return target
