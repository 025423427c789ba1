"""``reports FILE [ID] [-o OUT | --delete | --mask TEXT]``: the frozen (fastställda) reports — list,
print again, delete, or remove a text from one (it is built again and marked "Maskad").

A report is frozen with ``samverkan pdf FILE KIND … --freeze`` (or Fastställ rapport… in the window).
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import ValidationError
from ..core.i18n import _
from . import open_store


def register(sub) -> None:
    p = sub.add_parser("reports", help=_("fastställda rapporter: lista, skriv ut igen (-o), ta bort (--delete) "
                                         "eller ta bort en text ur en (--mask)"))
    p.add_argument("file", metavar=_("FIL"), help=_("arbetsytan"))
    p.add_argument("id", nargs="?", metavar="ID", help=_("rapportens id (de första tecknen räcker, se listan)"))
    p.add_argument("-o", "--output", metavar=_("UT.pdf"), help=_("skriv den fastställda PDF:en, byte för byte"))
    p.add_argument("--delete", action="store_true", help=_("ta bort den fastställda rapporten (den blir borta)"))
    p.add_argument("--mask", metavar=_("TEXT"), help=_("ta bort TEXT ur rapporten för gott: den byggs om och märks "
                                                       "maskad (också i säkerhetskopiorna)"))
    p.set_defaults(func=cmd_reports)


def cmd_reports(args) -> int:
    from ..core.reports import frozen
    from ..core.reports.frozen_mask import MASK_NOTE

    if args.id is None:
        if args.output or args.delete or args.mask:
            raise ValidationError(_("Ange vilken rapport (ID) – samverkan reports FIL listar dem."))
        with open_store(args, args.file, read_only=True) as store:
            rows = frozen.list_frozen(store)
        if not rows:
            print(_("Inga fastställda rapporter."))
        for r in rows:
            masked = "  " + _(MASK_NOTE).format(day=r.masked_on) if r.masked_on else ""
            print(_("{id}  per {date}  {title}  ({kind}; fastställd {on} av {by}, {kb} kB)").format(
                id=r.uuid[:8], date=r.report_date, title=r.title, kind=_(r.kind_title), on=r.frozen_on,
                by=r.frozen_by, kb=max(1, r.size // 1024)) + masked)
        return 0
    if sum(map(bool, (args.output, args.delete, args.mask))) != 1:
        raise ValidationError(_("Ange ett av -o UT.pdf (skriv ut igen), --delete (ta bort) eller --mask TEXT."))
    writes = bool(args.delete or args.mask)
    # No backup at open for --mask: it would hold the very text that is being removed.
    with open_store(args, args.file, read_only=not writes, make_backup=not args.mask) as store:
        report = frozen.resolve_frozen(store, args.id)
        if args.mask:
            from ..core import redact

            print(redact.redact_report(store, report.uuid, args.mask).message())
            return 0
        if args.delete:
            frozen.delete_frozen(store, report.uuid)
            print(_("Tog bort den fastställda rapporten {id} ({title}).").format(id=report.uuid[:8], title=report.title))
            return 0
        out = frozen.write_pdf(store, report.uuid, Path(args.output))
    print(_("Skrev {file} (fastställd {on} av {by})").format(file=out, on=report.frozen_on, by=report.frozen_by))
    return 0
