"""``privacy-scan`` and ``redact``: find personnummer anywhere in a workspace, remove one for good."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core import privacy
from ..core.i18n import _
from . import open_store


def register(sub) -> None:
    p = sub.add_parser("privacy-scan", help=_("sök personnummer i alla poster, borttagna, historik, "
                                              "konflikter och filens manifest"))
    p.add_argument("file", metavar=_("FIL"), help=_("arbetsytan"))
    p.add_argument("--json", action="store_true", help=_("träffarna som JSON"))
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("redact", help=_("ta bort personuppgifter ur en posts text, dess historik och "
                                        "säkerhetskopiorna"))
    p.add_argument("file", metavar=_("FIL"), help=_("arbetsytan"))
    p.add_argument("table", metavar=_("TABELL"), help=_("tabellen, t.ex. incident"))
    p.add_argument("uuid", metavar="UUID", help=_("postens uuid (se privacy-scan)"))
    p.add_argument("field", metavar=_("FÄLT"), help=_("fältet, t.ex. description"))
    p.add_argument("--text", default=None, metavar=_("TEXT"), help=_("den nya texten (standard: personnumren maskeras, "
                                                                   "annars ersätts texten med (borttaget))"))
    p.set_defaults(func=cmd_redact)


def add_override(parser) -> None:
    """``--allow-personal-data`` on a command that lets content leave the workspace."""
    parser.add_argument(privacy.OVERRIDE, dest="allow_personal_data", action="store_true",
                        help=_("skriv ändå, fast innehållet har personnummer"))


def guard(args, store, what: str, agreement: str | None = None, *, reports: bool = False) -> None:
    """Refuse (exit 1, one line) or, when overridden, warn on stderr (``reports``: the frozen
    reports' PDFs leave too)."""
    found = privacy.guard(store, what, agreement=agreement, allow=getattr(args, "allow_personal_data", False),
                          reports=reports)
    if found:
        print("samverkan: " + _("varning: {text}").format(text=privacy.warning_text(found)), file=sys.stderr)


def cmd_redact(args) -> int:
    from ..core import redact

    # No backup at open: it would hold the very text that is being removed.
    with open_store(args, Path(args.file), make_backup=False) as store:
        result = redact.redact(store, args.table, args.uuid, args.field, args.text)
    print(result.message())
    return 0


def cmd_scan(args) -> int:
    with open_store(args, Path(args.file), read_only=True) as store:
        found = privacy.scan_all(store)
        lines = [privacy.describe(store, f) for f in found]
    if args.json:
        print(json.dumps([f.as_dict() for f in found], ensure_ascii=False, indent=2))
    else:
        for f, line in zip(found, lines, strict=True):
            gone = " " + _("(borttagen post)") if f.deleted else ""
            print(f"{f.kind}\t{f.uuid}\t{f.field}\t{f.masked}{gone}\t{line}")
        print(_("{n} personnummer hittades.").format(n=len(found)) if found else _("Inga personnummer hittades."))
    return 1 if found else 0
