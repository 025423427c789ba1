"""``import-incidents FILE DATAFILE [--agreement A] [--dry-run] [--create-missing]``."""

from __future__ import annotations

from ..core.errors import ValidationError
from ..core.est.analysis import pick_agreement
from ..core.est.import_table import FIELD_LABELS, FIELDS, guess_mapping, read_table
from ..core.est.importer import CREATE, KIND_LABELS, apply_import, plan_import
from ..core.i18n import _
from ..core.text import plural
from . import open_store, workspace_command


def register(sub) -> None:
    p = workspace_command(sub, "import-incidents", _("importera EST-händelser från CSV eller Excel (.xlsx)"),
                          cmd_import)
    p.add_argument("datafile", metavar=_("DATAFIL"), help=_("CSV- eller xlsx-filen med händelser"))
    p.add_argument("--agreement", metavar=_("ÖVERENSKOMMELSE"),
                   help=_("överenskommelse (uuid eller del av titeln); behövs om det finns flera"))
    p.add_argument("--dry-run", action="store_true", help=_("kontrollera filen utan att spara något"))
    p.add_argument("--create-missing", action="store_true",
                   help=_("lägg upp okända kategorier, områden och källor i stället för att hoppa över raderna"))


def cmd_import(args) -> int:
    table = read_table(args.datafile)
    mapping = guess_mapping(table.headers)
    if mapping.missing():
        raise ValidationError(_("Hittar ingen kolumn för {fields} i {file} (rubrikerna är: {headers}).").format(
            fields=", ".join(mapping.missing()), file=table.path.name,
            headers=", ".join(h for h in table.headers if h) or _("inga")))
    with open_store(args, args.file, read_only=args.dry_run) as store:
        agreement = pick_agreement(store, args.agreement)
        plan = plan_import(store, agreement["uuid"], table, mapping)
        if args.create_missing and plan.unknown:
            plan = plan_import(store, agreement["uuid"], table, mapping, {u.key: CREATE for u in plan.unknown})
        used = ", ".join(f"{_(FIELD_LABELS[f])} ← {table.headers[mapping.get(f)]!r}"
                         for f in FIELDS if mapping.get(f) is not None)
        print(_("Kolumner: {columns}").format(columns=used))
        print(_("Överenskommelse: {title}").format(title=agreement["title"]))
        for u in plan.unknown:
            action = _("läggs upp") if args.create_missing else _("raderna hoppas över")
            print(_("Okänd {kind} {label!r} ({rows}): {action}").format(
                kind=_(KIND_LABELS[u.kind]), label=u.label, rows=plural(u.rows, _("rad"), _("rader")), action=action))
        if plan.rows and not args.dry_run:
            apply_import(store, plan)
    done = _("Skulle importera {rows} ({incidents}); hoppade över {skipped}.") if args.dry_run else \
        _("Importerade {rows} ({incidents}); hoppade över {skipped}.")
    print(done.format(rows=plural(len(plan.rows), _("rad"), _("rader")),
                      incidents=plural(plan.incident_total, _("händelse"), _("händelser")),
                      skipped=plural(len(plan.invalid), _("rad"), _("rader"))))
    for bad in plan.invalid:
        print("  " + _("rad {line}: {reason}").format(line=bad.line, reason=bad.reason))
    if args.dry_run:
        print(_("Provkörning: inget sparades."))
    return 0
