"""``samverkan``: the headless command line on top of the core.

Every subcommand prints one clear line and exits non-zero on bad input; never a traceback.
Subcommands live in ``samverkan_desktop/commands/``; :data:`COMMANDS` lists their modules.
The language (help, messages, argparse's own words) is ``--lang sv|en``, else the one saved in the
window's settings, else Swedish; it is chosen before the parser is built (``argparse_sv``).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .argparse_sv import Parser, add_language_option, choose_language
from .core import diskerrors
from .core.errors import SamverkanError
from .core.i18n import _, kept_language

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
        return _("okänd")


def os_error_text(exc: OSError) -> str:
    """One line, in the chosen language, for a file-system error."""
    name = exc.filename or ""
    if isinstance(exc, IsADirectoryError):
        return _("{name} är en mapp; ange ett filnamn, t.ex. {example}").format(
            name=name, example=Path(name) / _("rapport.pdf"))
    if isinstance(exc, FileNotFoundError):
        return _("{name} finns inte").format(name=name)
    if isinstance(exc, PermissionError):
        return _("behörighet saknas för {name}").format(name=name)
    if isinstance(exc, NotADirectoryError):
        return _("{name}: en del av sökvägen är inte en mapp").format(name=name)
    if exc.errno in diskerrors.DISK_ERRNOS:  # a full disk, a file too big
        return str(diskerrors.write_error(exc))
    return f"{name}: {exc.strerror or exc}"


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="samverkan", description=_("Samverkan Desktop utan fönster."))
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}",
                        help=_("visa programmets version och avsluta"))
    parser.add_argument("--user", default=None, metavar=_("NAMN"),
                        help=_("namn eller initialer som skrivs i ändringarna"))
    add_language_option(parser)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser, metavar=_("KOMMANDO"),
                                title=_("kommandon"))
    for name in COMMANDS:
        importlib.import_module(f"{__package__}.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    with kept_language():
        return _main(sys.argv[1:] if argv is None else argv)


def _main(argv: list[str]) -> int:
    argv = choose_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.user is None:
        args.user = default_user()
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # here, where a reader that went away is still caught below
        return code
    except SamverkanError as exc:
        print(f"samverkan: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``samverkan … | head``): stop quietly, as a shell tool does. Python's
        # advice: point stdout at nothing, so the flush at exit does not fail again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE
    except OSError as exc:  # a folder given as output, a file without permission, a missing file
        print(f"samverkan: {os_error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("samverkan: " + _("avbrutet"), file=sys.stderr)
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
    print("samverkan: " + _("oväntat fel: {kind}: {error}").format(kind=exc.__class__.__name__, error=exc),
          file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
