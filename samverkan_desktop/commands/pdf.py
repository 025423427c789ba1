"""``pdf FILE KIND -o OUT``: every registered report kind."""

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
        add_override(k)
        k.set_defaults(func=cmd_pdf, option_names=[o.flag.lstrip("-").replace("-", "_") for o in kind.options])


def cmd_pdf(args) -> int:
    options = {name: getattr(args, name) for name in args.option_names}
    if Path(args.output).is_dir() or args.output.endswith(("/", "\\")):
        raise SamverkanError(f"{args.output} är en mapp; ange ett filnamn, t.ex. "
                             f"{Path(args.output) / (args.kind + '.pdf')}")
    store = open_store(args, args.file, read_only=True)
    try:
        guard(args, store, "PDF-filen", options.get("agreement"))
        out = reports.build(store, args.kind, Path(args.output), **options)
    finally:
        store.close()
    print(f"Skrev {out}")
    return 0
