"""``pdf FILE KIND -o OUT [--freeze]``: every registered report kind (``--freeze``: fastställ it)."""

from __future__ import annotations

from pathlib import Path

from ..core import reports
from ..core.errors import SamverkanError
from . import open_store
from .privacy import add_override, guard

# Swedish placeholders in --help for the report options (core declares the flags).
METAVARS = {"--agreement": "ÖVERENSKOMMELSE", "--week": "VECKA", "--period": "PERIOD", "--year": "ÅR",
            "--follow-up": "DATUM", "--meeting": "DATUM", "--paragraph": "NR"}


def register(sub) -> None:
    # samverkan pdf FILE KIND [options] -o OUT.pdf
    p = sub.add_parser("pdf", help="skriv ut en rapport som PDF: pdf FIL SORT … -o UT.pdf")
    p.add_argument("file", metavar="FIL", help="arbetsytan")
    kinds = p.add_subparsers(dest="kind", required=True, parser_class=type(p), metavar="SORT")
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
        k = kinds.add_parser(kind.name, help=kind.title)
        k.add_argument("-o", "--output", required=True, metavar="UT.pdf", help="PDF-filen som skrivs")
        for opt in kind.options:
            k.add_argument(opt.flag, required=opt.required, help=opt.help, type=opt.type,
                           metavar=METAVARS.get(opt.flag))
        k.add_argument("--freeze", action="store_true",
                       help="fastställ rapporten: spara PDF:en i arbetsytan, så att den kan skrivas ut igen "
                            "byte för byte (samverkan reports)")
        add_override(k)
        k.set_defaults(func=cmd_pdf, option_names=[o.flag.lstrip("-").replace("-", "_") for o in kind.options])


def cmd_pdf(args) -> int:
    options = {name: getattr(args, name) for name in args.option_names}
    if Path(args.output).is_dir() or args.output.endswith(("/", "\\")):
        raise SamverkanError(f"{args.output} är en mapp; ange ett filnamn, t.ex. "
                             f"{Path(args.output) / (args.kind + '.pdf')}")
    with open_store(args, args.file, read_only=not args.freeze) as store:
        guard(args, store, "PDF-filen", options.get("agreement"))
        if not args.freeze:
            out = reports.build(store, args.kind, Path(args.output), **options)
        else:
            from ..core.reports import frozen

            uuid = frozen.freeze_report(store, args.kind, **options).created(frozen.TABLE)[0]
            out = frozen.write_pdf(store, uuid, Path(args.output))
            print(f"Fastställde rapporten {uuid[:8]} (samverkan reports {args.file} {uuid[:8]} -o UT.pdf "
                  "skriver ut den igen)")
    print(f"Skrev {out}")
    return 0
