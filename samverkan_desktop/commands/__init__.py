"""Subcommands of ``samverkan``; each module has ``register(subparsers)``."""

from __future__ import annotations

from pathlib import Path

from ..core.i18n import _
from ..core.store import site
from ..core.store.database import Store


def open_store(args, path: str | Path, *, read_only: bool = False, make_backup: bool = True) -> Store:
    """Open the workspace named on the command line as the CLI's user and this site."""
    return Store.open(Path(path), user=args.user, origin=site.site_id(), read_only=read_only,
                      make_backup=make_backup)


def workspace_command(sub, name: str, help_text: str, func):
    """Subcommand ``name`` whose first argument is the workspace file (FIL), run by ``func``; returns its
    parser for the command's own arguments."""
    p = sub.add_parser(name, help=help_text)
    p.add_argument("file", metavar=_("FIL"), help=_("arbetsytan"))
    p.set_defaults(func=func)
    return p
