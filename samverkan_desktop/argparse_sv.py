"""argparse in Swedish: its own messages (usage, errors, help headings) and one-line errors.

argparse looks its messages up with ``gettext`` at the moment it uses them (``argparse._``), so
:class:`Parser` points that lookup at :data:`MESSAGES` (and at the English catalogue when the CLI
runs in English). Both ``samverkan`` and ``samverkan-desktop`` build their parsers from it.
"""

from __future__ import annotations

import argparse
import sys

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
    return MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak Swedish in this process (idempotent)."""
    argparse._ = _gettext
    argparse.ngettext = _ngettext


class Parser(argparse.ArgumentParser):
    """An ArgumentParser in Swedish whose errors are one line and exit 1."""

    def __init__(self, *args, **kwargs):
        install()
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.exit(1, f"{self.prog}: fel: {message}\n")

    def exit(self, status: int = 0, message: str | None = None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)
