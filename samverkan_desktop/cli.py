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

from . import __version__
from .core.errors import SamverkanError

COMMANDS = [
    "workspace",
    "pdf",
    "est",
    "communication",
    "exchange",
]

log = logging.getLogger(__name__)


def default_user() -> str:
    """Who the CLI writes as: SAMVERKAN_USER, else the login name."""
    try:
        return os.environ.get("SAMVERKAN_USER") or getpass.getuser()
    except Exception:  # getuser fails without a login name in some containers
        return "okänd"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, Swedish prefix, exit 2
        self.exit(2, f"{self.prog}: fel: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="samverkan", description="Samverkan Desktop utan fönster.")
    parser.add_argument("--version", action="version", version=f"samverkan {__version__}")
    parser.add_argument("--user", default=None, help="namn eller initialer som skrivs i ändringarna")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
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
    except KeyboardInterrupt:
        print("samverkan: avbrutet", file=sys.stderr)
        return 130
    except Exception as exc:  # the user gets one line; the details go to the log
        from .core.store.site import data_dir
        logging.basicConfig(filename=data_dir() / "samverkan-cli.log", level=logging.ERROR)
        log.exception("unexpected error")
        print(f"samverkan: oväntat fel: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
