"""``import-incidents FILE DATAFILE [--agreement A] [--dry-run] [--create-missing]``."""

from __future__ import annotations

from ..core.errors import ValidationError
from ..core.est.analysis import pick_agreement
from ..core.est.import_table import FIELD_LABELS, FIELDS, guess_mapping, read_table
from ..core.est.importer import CREATE, KIND_LABELS, apply_import, plan_import
from ..core.text import plural
from . import open_store, workspace_command


def register(sub) -> None:
    p = workspace_command(sub, "import-incidents", "importera EST-händelser från CSV eller Excel (.xlsx)", cmd_import)
    p.add_argument("datafile", metavar="DATAFIL", help="CSV- eller xlsx-filen med händelser")
    p.add_argument("--agreement", metavar="ÖVERENSKOMMELSE", help="överenskommelse (uuid eller del av titeln); behövs om det finns flera")
    p.add_argument("--dry-run", action="store_true", help="kontrollera filen utan att spara något")
    p.add_argument("--create-missing", action="store_true",
                   help="lägg upp okända kategorier, områden och källor i stället för att hoppa över raderna")


def cmd_import(args) -> int:
    table = read_table(args.datafile)
    mapping = guess_mapping(table.headers)
    if mapping.missing():
        raise ValidationError(
            f"Hittar ingen kolumn för {', '.join(mapping.missing())} i {table.path.name} "
            f"(rubrikerna är: {', '.join(h for h in table.headers if h) or 'inga'}).")
    with open_store(args, args.file, read_only=args.dry_run) as store:
        agreement = pick_agreement(store, args.agreement)
        plan = plan_import(store, agreement["uuid"], table, mapping)
        if args.create_missing and plan.unknown:
            plan = plan_import(store, agreement["uuid"], table, mapping, {u.key: CREATE for u in plan.unknown})
        used = ", ".join(f"{FIELD_LABELS[f]} ← {table.headers[mapping.get(f)]!r}"
                         for f in FIELDS if mapping.get(f) is not None)
        print(f"Kolumner: {used}")
        print(f"Överenskommelse: {agreement['title']}")
        for u in plan.unknown:
            action = "läggs upp" if args.create_missing else "raderna hoppas över"
            print(f"Okänd {KIND_LABELS[u.kind]} {u.label!r} ({plural(u.rows, 'rad', 'rader')}): {action}")
        if plan.rows and not args.dry_run:
            apply_import(store, plan)
    verb = "Skulle importera" if args.dry_run else "Importerade"
    print(f"{verb} {plural(len(plan.rows), 'rad', 'rader')} ({plural(plan.incident_total, 'händelse', 'händelser')}); "
          f"hoppade över {plural(len(plan.invalid), 'rad', 'rader')}.")
    for bad in plan.invalid:
        print(f"  rad {bad.line}: {bad.reason}")
    if args.dry_run:
        print("Provkörning: inget sparades.")
    return 0
