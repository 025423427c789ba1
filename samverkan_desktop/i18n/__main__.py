"""``python -m samverkan_desktop.i18n update|check|release|todo|fill`` (see the package docstring)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import catalogue
from .literals import unmarked, unmarked_messages

# The command line: what it prints and its --help are read by the user as they are.
CLI = ("cli.py", "app.py", "commands")  # argparse_sv.py's table is argparse's own words in Swedish


def report(language: str) -> list[str]:
    """Every problem with the catalogue of ``language``, one line each (empty: all good)."""
    problems: list[str] = []
    committed = {(m.context, m.source): m for m in catalogue.read_ts(catalogue.ts_path(language))}
    fresh = {(m.context, m.source): m for m in catalogue.fresh_messages(language)}
    for key in fresh.keys() - committed.keys():
        problems.append(f"saknas i katalogen: [{key[0]}] {key[1]!r}")
    for key in committed.keys() - fresh.keys():
        problems.append(f"finns inte längre i källkoden: [{key[0]}] {key[1]!r}")
    for key, message in sorted(committed.items()):
        if key in fresh and not message.finished:
            problems.append(f"oöversatt: [{key[0]}] {key[1]!r}")
    if not catalogue.qm_up_to_date(language):
        problems.append(f"{catalogue.qm_path(language).name} är inte byggd från {catalogue.ts_path(language).name}")
    found = unmarked(catalogue.PACKAGE / "ui") + unmarked_messages(catalogue.PACKAGE / "core")
    for cli in CLI:
        found += unmarked(catalogue.PACKAGE / cli, cli=True)
    for item in found:
        problems.append(f"omarkerad text: {item.path.relative_to(catalogue.ROOT)}:{item.line}: {item.text!r}")
    return sorted(problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samverkan_desktop.i18n",
                                     description="Översättningskatalogen: uppdatera, kontrollera, bygg.")
    parser.add_argument("command", choices=["update", "check", "release", "todo", "fill"])
    parser.add_argument("file", nargs="?", help="fill: JSON-lista med [kontext eller \"*\", källtext, översättning]")
    parser.add_argument("--lang", default="en", choices=catalogue.LANGUAGES)
    args = parser.parse_args(argv)
    ts, qm = catalogue.ts_path(args.lang), catalogue.qm_path(args.lang)

    if args.command == "fill":
        if not args.file:
            parser.error("fill behöver en JSON-fil")
        rows = json.loads(Path(args.file).read_text(encoding="utf-8"))
        n = catalogue.write_translations(args.lang, {(c, s): t for c, s, t in rows})
        print(f"{n} översättningar ifyllda")
    if args.command in ("update", "fill"):
        print(catalogue.lupdate(ts).strip())
    if args.command in ("update", "fill", "release"):
        catalogue.lrelease(ts, qm)
        print(f"{qm.relative_to(catalogue.ROOT)} byggd")
    if args.command == "todo":
        for m in catalogue.read_ts(ts):
            if not m.finished:
                print(json.dumps([m.context, m.source, ""], ensure_ascii=False))
    if args.command == "check":
        problems = report(args.lang)
        for line in problems:
            print(line)
        print(f"{len(problems)} problem" if problems else "katalogen är komplett")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
