"""``pdf FILE KIND -o OUT``: every registered report kind."""

from __future__ import annotations

from pathlib import Path

from ..core import reports
from . import open_store


def register(sub) -> None:
    p = sub.add_parser("pdf", help="skriv ut en rapport som PDF")
    p.__class__ = _either_order(type(p))
    kinds = p.add_subparsers(dest="kind", required=True, parser_class=type(p))
    for kind in reports.all_reports().values():
        k = kinds.add_parser(kind.name, help=kind.title)
        k.add_argument("file")
        k.add_argument("-o", "--output", required=True, help="PDF-filen som skrivs")
        for opt in kind.options:
            k.add_argument(opt.flag, required=opt.required, help=opt.help, type=opt.type)
        k.set_defaults(func=cmd_pdf, option_names=[o.flag.lstrip("-").replace("-", "_") for o in kind.options])


def _either_order(base):
    """The documented form is ``pdf FILE KIND``; the parser reads ``pdf KIND FILE``. Accept both."""

    class EitherOrder(base):
        def parse_known_args(self, args=None, namespace=None):
            args = list(args or [])
            kinds = reports.all_reports()
            # FILE first: the kind is second (or, when it is misspelt, the error should name it).
            if len(args) >= 2 and args[0] not in kinds and not args[1].startswith("-") and (
                    args[1] in kinds or Path(args[0]).suffix or Path(args[0]).exists()):
                args[0], args[1] = args[1], args[0]
            return super().parse_known_args(args, namespace)

    return EitherOrder


def cmd_pdf(args) -> int:
    options = {name: getattr(args, name) for name in args.option_names}
    store = open_store(args, args.file, read_only=True)
    try:
        out = reports.build(store, args.kind, Path(args.output), **options)
    finally:
        store.close()
    print(f"Skrev {out}")
    return 0
