"""argparse in the chosen language: its own messages (usage, errors, help headings), one-line errors.

argparse looks its messages up with ``gettext`` at the moment it uses them (``argparse._``), so
:class:`Parser` points that lookup at :data:`MESSAGES` while the language is Swedish
(``core.i18n.language()``) and leaves argparse's own English otherwise. Both ``samverkan`` and
``samverkan-desktop`` build their parsers from it, after choosing the language (:func:`language_in`).
"""

from __future__ import annotations

import argparse
import sys

from .core import i18n
from .core.i18n import _

MESSAGES = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "subcommands": "kommandon",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "unrecognized arguments: %s": "okända argument: %s",
    "not allowed with argument %s": "går inte ihop med argumentet %s",
    "ignored explicit argument %r": "överflödigt värde %r",
    "the following arguments are required: %s": "de här argumenten saknas: %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "expected one argument": "behöver ett värde",
    "expected at most one argument": "tar högst ett värde",
    "expected at least one argument": "behöver minst ett värde",
    "expected %s argument": "behöver %s värde",
    "expected %s arguments": "behöver %s värden",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
}


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message) if i18n.language() == "sv" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak the language of ``core.i18n`` in this process (idempotent)."""
    argparse._ = _gettext
    argparse.ngettext = _ngettext


class Parser(argparse.ArgumentParser):
    """An ArgumentParser in the chosen language whose errors are one line and exit 1."""

    def __init__(self, *args, **kwargs):
        install()
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.exit(1, _gettext("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})

    def exit(self, status: int = 0, message: str | None = None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` (or ``--lang=X``) taken out of ``argv`` wherever it stands, and the rest: the
    language must be known before the parser is built, since its help texts are translated then."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1], argv[:i] + argv[i + 2:]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1], argv[:i] + argv[i + 1:]
    return None, list(argv)


def choose_language(argv: list[str]) -> list[str]:
    """Use the language of ``--lang`` in ``argv``, else the saved setting (Redigera →
    Inställningar…), else Swedish; returns ``argv`` with ``--lang X`` moved to the front, where
    the main parser checks it."""
    asked, rest = take_language(argv)
    i18n.use_language(asked or i18n.saved_language())
    return rest if asked is None else ["--lang", asked, *rest]


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang sv|en`` (already taken in by :func:`choose_language`; declared for --help and checking)."""
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES),
                        help=_("språk: sv eller en (standard: inställningen i fönstret, annars svenska)"))
