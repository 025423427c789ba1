"""``init``, ``info`` and ``check``."""

from __future__ import annotations

import json
from pathlib import Path

from ..core import workspace
from ..core.errors import StoreError
from ..core.store import site
from ..core.store.database import Store
from . import open_store, workspace_command


def register(sub) -> None:
    p = workspace_command(sub, "init", "skapa en ny arbetsyta", cmd_init)
    p.add_argument("--demo", action="store_true", help="fyll med Örebro- och Hallsbergsöverenskommelserna och påhittad EST-data")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")

    p = workspace_command(sub, "info", "visa vad arbetsytan innehåller", cmd_info)
    p.add_argument("--json", action="store_true", help="skriv JSON i stället för text")

    workspace_command(sub, "check", "kontrollera att filen är en hel arbetsyta", cmd_check)


def cmd_init(args) -> int:
    path = Path(args.file)
    if path.exists() and not args.force:
        raise StoreError(f"Filen finns redan: {path} (använd --force för att skriva över).")
    if args.demo:
        from ..core.demo import create_demo_workspace
        store = create_demo_workspace(path, user=args.user, origin=site.site_id())
    else:
        store = Store.create(path, user=args.user, origin=site.site_id(), overwrite=args.force)
    store.close()
    print(f"Skapade {path}")
    return 0


def cmd_info(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        info = workspace.summary(store)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"Schemaversion {info['schema_version']}")
    for a in info["agreements"]:
        print(f"{a['title']} ({a['period_from']} – {a['period_to']}), {a['status']}")
        for p in a["parties"]:
            print(f"  {p['name']}  {p['case_number']}")
        print(f"  {a['forms']} samverkansformer, {a['resources']} resurser")
    c = info["counts"]
    print(f"{c['est_weeks']} EST-veckor, {c['incidents']} händelser, {c['actions']} åtgärder")
    return 0


def cmd_check(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        problems = workspace.integrity_problems(store)
    if problems:
        raise StoreError(f"{args.file}: {len(problems)} fel: " + "; ".join(problems[:5]))
    print(f"{args.file}: ok")
    return 0
