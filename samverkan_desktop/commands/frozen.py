"""``reports FILE [ID] [-o OUT | --delete]``: the frozen (fastställda) reports — list, print again, delete.

A report is frozen with ``samverkan pdf FILE KIND … --freeze`` (or Fastställ rapport… in the window).
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ValidationError
from . import open_store


def register(sub) -> None:
    p = sub.add_parser("reports", help="fastställda rapporter: lista, skriv ut igen (-o) eller ta bort (--delete)")
    p.add_argument("file", metavar="FIL", help="arbetsytan")
    p.add_argument("id", nargs="?", metavar="ID", help="rapportens id (de första tecknen räcker, se listan)")
    p.add_argument("-o", "--output", metavar="UT.pdf", help="skriv den fastställda PDF:en, byte för byte")
    p.add_argument("--delete", action="store_true", help="ta bort den fastställda rapporten (den blir borta)")
    p.set_defaults(func=cmd_reports)


def cmd_reports(args) -> int:
    from ..core.reports import frozen

    if args.id is None:
        if args.output or args.delete:
            raise ValidationError("Ange vilken rapport (ID) – samverkan reports FIL listar dem.")
        with open_store(args, args.file, read_only=True) as store:
            rows = frozen.list_frozen(store)
        if not rows:
            print("Inga fastställda rapporter.")
        for r in rows:
            print(f"{r.uuid[:8]}  per {r.report_date}  {r.title}  ({r.kind_title}; fastställd {r.frozen_on} "
                  f"av {r.frozen_by}, {max(1, r.size // 1024)} kB)")
        return 0
    if bool(args.output) == bool(args.delete):
        raise ValidationError("Ange antingen -o UT.pdf (skriv ut igen) eller --delete (ta bort).")
    with open_store(args, args.file, read_only=not args.delete) as store:
        report = frozen.resolve_frozen(store, args.id)
        if args.delete:
            frozen.delete_frozen(store, report.uuid)
            print(f"Tog bort den fastställda rapporten {report.uuid[:8]} ({report.title}).")
            return 0
        out = frozen.write_pdf(store, report.uuid, Path(args.output))
    print(f"Skrev {out} (fastställd {report.frozen_on} av {report.frozen_by})")
    return 0
