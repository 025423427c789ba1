"""Where a live workspace may live: the local data folder by default, never unwarned in a synced
or network folder (WAL needs a local file system; sync clients copy half-written files)."""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from .filetypes import WORKSPACE_SUFFIX
from .i18n import N_, _
from .store.network import is_network_path
from .store.site import data_dir

# Folder names the sync clients create (OneDrive also as "OneDrive - Organisation").
_SYNCED = (
    (re.compile(r"^onedrive( - .*)?$|^onedrive-", re.I), "OneDrive"),
    (re.compile(r"^dropbox( \(.*\))?$", re.I), "Dropbox"),
    (re.compile(r"^google ?drive$|^my drive$|^min enhet$|^googledrive", re.I), "Google Drive"),
    (re.compile(r"^icloud ?drive$|^mobile documents$|^com~apple~clouddocs$", re.I), "iCloud"),
    (re.compile(r"^box( sync)?$|^nextcloud$|^owncloud$|^seafile$|^sharepoint$", re.I), N_("en synkroniserad mapp")),
)


def default_workspace_dir() -> Path:
    """The folder new workspaces go in: ``Arbetsytor`` in the user's local data folder."""
    folder = data_dir() / "Arbetsytor"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unique_workspace_path(folder: Path, name: str) -> Path:
    """``folder/name.samverkan``, with " (2)", " (3)" … added while such a file exists."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", name).strip().rstrip(".") or "Arbetsyta"
    candidate = folder / f"{stem}{WORKSPACE_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){WORKSPACE_SUFFIX}"
        n += 1
    return candidate


def synced_service(path: Path | str) -> str | None:
    """The sync service whose folder holds ``path`` ("OneDrive", "Dropbox" …), else None."""
    for part in PurePath(path).parts:
        for pattern, service in _SYNCED:
            if pattern.search(part):
                return service
    return None


def location_warning(folder: Path | str) -> str | None:
    """One Swedish sentence when ``folder`` is no place for a live workspace, else None."""
    folder = Path(folder)
    if is_network_path(folder):
        return _("Mappen ligger på en nätverksenhet. En arbetsyta måste ligga på datorn: "
                 "databasen kan skadas när flera datorer skriver till den över nätverket.")
    service = synced_service(folder)
    if service:
        return _("Mappen synkroniseras av {service}. Lägg helst arbetsytan på datorn: synkroniseringen "
                 "kan kopiera en halvskriven fil och skapa konfliktkopior. Dela i stället med Arkiv → Dela….").format(
                     service=_(service))
    return None
