"""``init``, ``info`` and ``check``."""

from __future__ import annotations

import json
from pathlib import Path

from ..core import workspace
from ..core.errors import StoreError
from ..core.i18n import _
from ..core.store import site
from ..core.store.database import Store
from . import open_store, workspace_command


def register(sub) -> None:
    p = workspace_command(sub, "init", _("skapa en ny arbetsyta"), cmd_init)
    p.add_argument("--demo", action="store_true",
                   help=_("fyll med Örebro- och Hallsbergsöverenskommelserna och påhittad EST-data"))
    p.add_argument("--force", action="store_true", help=_("skriv över en befintlig fil"))

    p = workspace_command(sub, "info", _("visa vad arbetsytan innehåller"), cmd_info)
    p.add_argument("--json", action="store_true", help=_("skriv JSON i stället för text"))

    workspace_command(sub, "check", _("kontrollera att filen är en hel arbetsyta"), cmd_check)


def cmd_init(args) -> int:
    path = Path(args.file)
    if path.exists() and not args.force:
        raise StoreError(_("Filen finns redan: {path} (använd --force för att skriva över).").format(path=path))
    if args.demo:
        from ..core.demo import create_demo_workspace
        store = create_demo_workspace(path, user=args.user, origin=site.site_id())
    else:
        store = Store.create(path, user=args.user, origin=site.site_id(), overwrite=args.force)
    store.close()
    print(_("Skapade {path}").format(path=path))
    return 0


def cmd_info(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        info = workspace.summary(store)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(_("Schemaversion {version}").format(version=info["schema_version"]))
    for a in info["agreements"]:
        print(f"{a['title']} ({a['period_from']} – {a['period_to']}), {_(a['status'])}")
        for p in a["parties"]:
            print(f"  {p['name']}  {p['case_number']}")
        print("  " + _("{forms} samverkansformer, {resources} resurser").format(**a))
    print(_("{est_weeks} EST-veckor, {incidents} händelser, {actions} åtgärder").format(**info["counts"]))
    return 0


def cmd_check(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        problems = workspace.integrity_problems(store)
    if problems:
        raise StoreError(_("{file}: {n} fel: ").format(file=args.file, n=len(problems)) + "; ".join(problems[:5]))
    print(_("{file}: ok").format(file=args.file))
    return 0
