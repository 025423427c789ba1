"""The received file as a file: present, within the size cap, an SQLite header, not half written.

These checks run before SQLite reads a byte of it (receive.py then copies it privately and checks
what it holds). Each refusal is one Swedish line (:class:`~..errors.HostileFile`).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from ..errors import HostileFile
from ..i18n import _
from . import crypto
from .received_values import fail

MAX_BYTES = 200 * 1024 * 1024
HEADER = b"SQLite format 3\x00"
PRIVATE_PREFIX = "samverkan-mottagen-"  # the private copies' folders in the temporary directory
STALE_PRIVATE_SECONDS = 24 * 3600  # a folder left by a killed process is swept after a day


def check_header(path: Path, head: bytes, size: int) -> None:
    if size < 512 or not head.startswith(HEADER):
        raise fail(path, _("det är ingen SQLite-databas."))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise fail(path, _("filen är avkortad eller skadad."))
    if int.from_bytes(head[56:60], "big") != 1:  # ours is UTF-8; no other can be attached for the merge
        raise fail(path, _("filen är skadad (textkodningen är inte UTF-8)."))


def too_big(path: Path, size: int) -> HostileFile:
    return fail(path, _("filen är {size} MB, mer än gränsen {limit} MB.").format(
        size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))


def wal_header(head: bytes) -> bool:
    # A WAL-mode file without its -wal holds everything in the main file: it is read as a
    # rollback-journal database (the private copy's header is patched; the file is never touched).
    return head[18] == 2 or head[19] == 2


def read_bytes(path: Path, passphrase: str | None = None) -> bytes:
    """The file's bytes, refusing what is missing, too big, not SQLite, or half written; an
    encrypted file (crypto.py) is decrypted in memory with ``passphrase``."""
    path = Path(path)
    refuse_missing_or_big(path)
    with path.open("rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise fail(path, _("filen är för stor."))
    if crypto.is_encrypted(data):
        data = crypto.decrypt(data, passphrase, path.name)
    check_header(path, data[:100], len(data))
    if wal_header(data):
        data = bytearray(data)
        data[18] = data[19] = 1
        data = bytes(data)
    return data


def refuse_missing_or_big(path: Path) -> None:
    if not path.is_file():
        raise fail(path, _("filen finns inte."))
    _refuse_side_files(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise too_big(path, size)


def _refuse_side_files(path: Path) -> None:
    """A non-empty -journal, -wal or -shm beside the file (or beside the file a symlink points to)
    means it is still being written, or was copied while open: what it holds is not final."""
    places = {path}
    try:
        places.add(path.resolve(strict=True))
    except (OSError, RuntimeError):
        pass
    for place in sorted(places):
        for side in ("-journal", "-wal", "-shm"):
            beside = place.with_name(place.name + side)
            try:
                size = beside.stat().st_size  # follows a symlinked side file too
            except OSError:
                continue
            if size > 0:
                raise fail(path, _("den är inte färdigskriven ({side} ligger bredvid): den skrivs fortfarande "
                                    "eller kopierades medan den var öppen. Be avsändaren dela den med "
                                    "Arkiv → Dela… i stället.").format(side=beside.name))


def sweep_private(min_age: float = STALE_PRIVATE_SECONDS) -> None:
    """Remove private copies that a killed process left in the temporary directory."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(PRIVATE_PREFIX + "*"):
        try:
            if folder.is_dir() and not folder.is_symlink() and now - folder.stat().st_mtime >= min_age:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue
