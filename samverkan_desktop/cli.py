"""``samverkan``: the headless command line on top of the core.

Every subcommand prints one clear line and exits non-zero on bad input; never a traceback.
Subcommands live in ``samverkan_desktop/commands/``; :data:`COMMANDS` lists their modules.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .argparse_sv import Parser
from .core import diskerrors
from .core.errors import SamverkanError

COMMANDS = [
    "workspace",
    "pdf",
    "frozen",
    "est",
    "communication",
    "exchange",
    "privacy",
]

log = logging.getLogger(__name__)


def default_user() -> str:
    """Who the CLI writes as: SAMVERKAN_USER, else the login name."""
    try:
        return os.environ.get("SAMVERKAN_USER") or getpass.getuser()
    except Exception:  # getuser fails without a login name in some containers
        return "okänd"


def os_error_text(exc: OSError) -> str:
    """One Swedish line for a file-system error."""
    name = exc.filename or ""
    if isinstance(exc, IsADirectoryError):
        return f"{name} är en mapp; ange ett filnamn, t.ex. {Path(name) / 'rapport.pdf'}"
    if isinstance(exc, FileNotFoundError):
        return f"{name} finns inte"
    if isinstance(exc, PermissionError):
        return f"behörighet saknas för {name}"
    if isinstance(exc, NotADirectoryError):
        return f"{name}: en del av sökvägen är inte en mapp"
    if exc.errno in diskerrors.DISK_ERRNOS:  # a full disk, a file too big
        return str(diskerrors.write_error(exc))
    return f"{name}: {exc.strerror or exc}"


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="samverkan", description="Samverkan Desktop utan fönster.")
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}",
                        help="visa programmets version och avsluta")
    parser.add_argument("--user", default=None, metavar="NAMN", help="namn eller initialer som skrivs i ändringarna")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser, metavar="KOMMANDO",
                                title="kommandon")
    for name in COMMANDS:
        importlib.import_module(f"{__package__}.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.user is None:
        args.user = default_user()
    try:
        return int(args.func(args) or 0)
    except SamverkanError as exc:
        print(f"samverkan: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a folder given as output, a file without permission, a missing file
        print(f"samverkan: {os_error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("samverkan: avbrutet", file=sys.stderr)
        return 130
    except Exception as exc:
        if not diskerrors.is_write_error(exc):  # SQLite's "database or disk is full", "disk I/O error"
            return _unexpected(exc)
        print(f"samverkan: {diskerrors.write_error(exc, getattr(args, 'output', None) or getattr(args, 'out', None))}",
              file=sys.stderr)
        return 1


def _unexpected(exc: Exception) -> int:
    """The user gets one line; the details go to the log."""
    try:
        from .core.store.site import data_dir
        logging.basicConfig(filename=data_dir() / "samverkan-cli.log", level=logging.ERROR)
        log.error("unexpected error", exc_info=exc)
    except OSError:
        pass  # a full disk cannot take the log either; the line below still tells the user
    print(f"samverkan: oväntat fel: {exc.__class__.__name__}: {exc}", file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
