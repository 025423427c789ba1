"""``pdf FILE KIND -o OUT [--freeze]``: every registered report kind (``--freeze``: fastställ it)."""

from __future__ import annotations

from pathlib import Path

from ..core import reports
from ..core.errors import SamverkanError
from ..core.i18n import N_, _
from . import open_store
from .privacy import add_override, guard

# Placeholders in --help for the report options (core declares the flags), translated when shown.
METAVARS = {"--agreement": N_("ÖVERENSKOMMELSE"), "--week": N_("VECKA"), "--period": N_("PERIOD"),
            "--year": N_("ÅR"), "--follow-up": N_("DATUM"), "--meeting": N_("DATUM"), "--paragraph": N_("NR"),
            "--kommun": N_("KOMMUN")}


def register(sub) -> None:
    # samverkan pdf FILE KIND [options] -o OUT.pdf
    p = sub.add_parser("pdf", help=_("skriv ut en rapport som PDF: pdf FIL SORT … -o UT.pdf"))
    p.add_argument("file", metavar=_("FIL"), help=_("arbetsytan"))
    kinds = p.add_subparsers(dest="kind", required=True, parser_class=type(p), metavar=_("SORT"))
    # The report kinds (and reportlab with them) load only when ``pdf`` is the command: every other
    # command starts without them.
    parse = p.parse_known_args

    def parse_with_kinds(*args, **kwargs):
        if not kinds.choices:
            _add_kinds(kinds)
        return parse(*args, **kwargs)

    p.parse_known_args = parse_with_kinds


def _add_kinds(kinds) -> None:
    for kind in reports.all_reports().values():
        k = kinds.add_parser(kind.name, help=_(kind.title))
        k.add_argument("-o", "--output", required=True, metavar=_("UT.pdf"), help=_("PDF-filen som skrivs"))
        for opt in kind.options:
            metavar = METAVARS.get(opt.flag)
            k.add_argument(opt.flag, required=opt.required, help=_(opt.help), type=opt.type,
                           metavar=_(metavar) if metavar else None)
        k.add_argument("--freeze", action="store_true",
                       help=_("fastställ rapporten: spara PDF:en i arbetsytan, så att den kan skrivas ut igen "
                              "byte för byte (samverkan reports)"))
        add_override(k)
        k.set_defaults(func=cmd_pdf, option_names=[o.flag.lstrip("-").replace("-", "_") for o in kind.options])


def cmd_pdf(args) -> int:
    options = {name: getattr(args, name) for name in args.option_names}
    if Path(args.output).is_dir() or args.output.endswith(("/", "\\")):
        raise SamverkanError(_("{name} är en mapp; ange ett filnamn, t.ex. {example}").format(
            name=args.output, example=Path(args.output) / (args.kind + ".pdf")))
    with open_store(args, args.file, read_only=not args.freeze) as store:
        guard(args, store, _("PDF-filen"), options.get("agreement"))
        if not args.freeze:
            out = reports.build(store, args.kind, Path(args.output), **options)
        else:
            from ..core.reports import frozen

            uuid = frozen.freeze_report(store, args.kind, **options).created(frozen.TABLE)[0]
            out = frozen.write_pdf(store, uuid, Path(args.output))
            print(_("Fastställde rapporten {id} (samverkan reports {file} {id} -o UT.pdf skriver ut den igen)")
                  .format(id=uuid[:8], file=args.file))
    print(_("Skrev {file}").format(file=out))
    return 0
