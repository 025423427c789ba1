"""Write errors in one line (Swedish, or the chosen language): a full disk is "disken är full", never "the file is damaged".

SQLite reports a failed write as ``database or disk is full`` or ``disk I/O error``; the OS as an
OSError with an errno. :func:`write_error` turns either into a :class:`WriteFailed` whose message
names the reason; :func:`is_write_error` says whether an exception is one at all.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from .errors import StoreError
from .i18n import N_, _

_REASONS = {
    errno.ENOSPC: N_("disken är full"),
    errno.EDQUOT: N_("diskkvoten är slut"),
    errno.EFBIG: N_("filen blir större än systemet tillåter"),
    errno.EROFS: N_("disken är skrivskyddad"),
    errno.EACCES: N_("behörighet saknas"),
    errno.EPERM: N_("behörighet saknas"),
    errno.EIO: N_("skrivfel på disken"),
}
DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO})
_SQLITE = ("database or disk is full", "disk i/o error", "unable to open database file",
           "attempt to write a readonly database")
LOW_SPACE = 1024 * 1024  # less free space than this while writing: the disk is full


class WriteFailed(StoreError):
    """A file could not be written (a full disk, no permission …); nothing half-written is left."""


def is_write_error(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return True
    return isinstance(exc, sqlite3.OperationalError) and any(s in str(exc).lower() for s in _SQLITE)


def reason(exc: BaseException, where: Path | str | None = None) -> str:
    """"disken är full", or the OS's reason, for a failed write near ``where``."""
    if isinstance(exc, OSError) and exc.errno in _REASONS:
        return _(_REASONS[exc.errno])
    text = str(exc).lower()
    if "full" in text:
        return _("disken är full")
    if where is not None:
        try:
            folder = Path(where)
            folder = folder if folder.is_dir() else folder.parent
            if shutil.disk_usage(folder).free < LOW_SPACE:
                return _("disken är full")
        except OSError:
            pass
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if _file_size_limited():
        return _(_REASONS[errno.EFBIG])  # SQLite hides the errno; the process has a file-size limit
    if "readonly" in text:
        return _("filen är skrivskyddad")
    return _("skrivfel på disken ({error})").format(error=exc)


def _file_size_limited() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def write_error(exc: BaseException, where: Path | str | None = None) -> WriteFailed:
    """The one-line error for a failed write; the file that was being written is not left behind."""
    name = getattr(exc, "filename", None) or where
    target = f" ({Path(name).name})" if name else ""
    return WriteFailed(_("Kunde inte skriva{target}: {reason}. Inget halvfärdigt har sparats, och arbetsytan är "
                         "oförändrad.").format(target=target, reason=reason(exc, where)))
