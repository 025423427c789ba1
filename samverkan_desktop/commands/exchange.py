"""``export``, ``merge``, ``conflicts``, ``history``: exchange between coordinators from the shell."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core import privacy
from ..core.errors import SamverkanError
from ..core.exchange import admin, conflicts, crypto, export, merge, receive
from ..core.exchange.labels import printable
from ..core.store import history as history_mod
from . import open_store, workspace_command
from .privacy import add_override, guard


def register(sub) -> None:
    p = workspace_command(sub, "export", "skriv en fil att dela med en annan samordnare", cmd_export)
    p.add_argument("out", metavar="UT", help="filen som skrivs")
    p.add_argument("--agreement", metavar="ÖVERENSKOMMELSE", help="bara en överenskommelse (uuid eller del av titeln)")
    p.add_argument("--name", default=None, metavar="NAMN", help="ditt namn i filen (standard: --user)")
    p.add_argument("--organisation", default="", metavar="ORGANISATION", help="din organisation")
    add_override(p)
    p.add_argument("--password-file", metavar="LÖSENORDSFIL",
                   help="kryptera filen med lösenordet i den här filen (AES-GCM)")

    p = workspace_command(sub, "merge", "slå ihop en mottagen fil med arbetsytan", cmd_merge)
    p.add_argument("received", metavar="MOTTAGEN", help="filen du har fått")
    p.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle hända")
    p.add_argument("--password-file", metavar="LÖSENORDSFIL", help="lösenordet till en krypterad fil")

    workspace_command(sub, "conflicts", "lista olösta konflikter efter sammanslagning", cmd_conflicts)

    p = workspace_command(sub, "resolve", "lös en konflikt: mine, theirs eller edited med --value", cmd_resolve)
    p.add_argument("conflict_id", metavar="KONFLIKT", type=int, help="konfliktens nummer (se conflicts)")
    p.add_argument("choice", metavar="VAL", choices=conflicts.CHOICES + conflicts.DELETE_CHOICES,
                   help="mine, theirs eller edited; delete eller keep när en borttagning mötte en ändring")
    p.add_argument("--value", default=None, metavar="VÄRDE", help="det nya värdet vid edited")

    record_commands = [
        ("set", "ändra fält i en post: FÄLT=VÄRDE … (samma kontroller som i fönstret)", cmd_set),
        ("delete", "ta bort en post (borttagningen följer med vid delning)", cmd_delete),
        ("restore", "återställ en borttagen post (inte en säkerhetskopia)", cmd_restore),
        ("history", "en posts historik", cmd_history),
    ]
    for name, text, func in record_commands:  # FIL TABELL UUID …
        p = workspace_command(sub, name, text, func)
        p.add_argument("table", metavar="TABELL", help="tabellen, t.ex. agreement eller guaranteed_resource")
        p.add_argument("uuid", metavar="UUID", help="postens uuid")
        if name == "set":
            p.add_argument("assignments", nargs="+", metavar="FÄLT=VÄRDE", help="t.ex. holder=Kim extent_fte=0,5")


def _passphrase(args) -> str | None:
    return crypto.read_password_file(args.password_file) if args.password_file else None


def cmd_export(args) -> int:
    # Reading only: no backup first (a full disk must not stop an export to another disk).
    with open_store(args, args.file, make_backup=False) as store:
        guard(args, store, "Exportfilen", args.agreement, reports=True)
        out = export.export_workspace(store, Path(args.out), agreement=args.agreement,
                                      exporter_name=args.name or args.user, organisation=args.organisation,
                                      passphrase=_passphrase(args))
    print(f"Skrev {out}")
    return 0


def _warn_personal_data(received) -> None:
    """Every personnummer in a received file that brought something (a file with nothing new was
    read no further: nothing of it entered the workspace)."""
    if not received.checked:
        return
    found = privacy.scan_connection(received.conn)
    if found:
        print(f"samverkan: varning: den mottagna filen innehåller {len(found)} personnummer:", file=sys.stderr)
        for f in found:
            print(f"  {privacy.describe(None, f)}", file=sys.stderr)


def cmd_merge(args) -> int:
    # Lazy: a file whose every row is here already, the same, is read no further (merge.check_against).
    received = receive.read_received(Path(args.received), _passphrase(args), lazy=True)
    try:
        # apply_merge takes its own verified backup right before merging; one at open would be a twin.
        with open_store(args, args.file, read_only=args.dry_run, make_backup=False) as store:
            if args.dry_run:
                preview = merge.preview_merge(store, received)
                _warn_personal_data(received)
                print("\n".join(preview.lines()))
                print("(provkörning: inget har ändrats)")
                return 0
            result = merge.apply_merge(store, received)
            _warn_personal_data(received)
    finally:
        received.close()
    print("\n".join(result.preview.lines()))
    if result.backup:
        print(f"Säkerhetskopia före sammanslagningen: {result.backup}")
    return 0


def cmd_conflicts(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        found = conflicts.open_conflicts(store)
    if not found:
        print("Inga olösta konflikter.")
    for c in found:
        if c.field == "deleted":
            print(f"{c.id}\t{c.table_title}\t{c.label}\t{c.description} (delete/keep)")
            continue
        print(f"{c.id}\t{c.table_title}\t{c.label}\t{c.field_title}\tmin: {conflicts.display(c.field, c.mine)}"
              f"\tderas ({c.theirs_by}): {conflicts.display(c.field, c.theirs)}")
    return 0


def cmd_resolve(args) -> int:
    with open_store(args, args.file) as store:
        conflicts.resolve(store, args.conflict_id, args.choice, args.value)
    print("Konflikten är löst.")
    return 0


def _record_command(args, operation, done: str, nothing: str) -> int:
    store = open_store(args, args.file)
    try:
        changes = operation(store)
    finally:
        store.close()
    print(done if changes else nothing)
    return 0


def cmd_set(args) -> int:
    return _record_command(args, lambda s: admin.set_fields(s, args.table, args.uuid, args.assignments),
                           "Posten är ändrad.", "Inget ändrades: posten har redan de värdena.")


def cmd_delete(args) -> int:
    return _record_command(args, lambda s: admin.delete_record(s, args.table, args.uuid),
                           "Posten är borttagen.", "Posten var redan borttagen.")


def cmd_restore(args) -> int:
    return _record_command(args, lambda s: admin.restore_record(s, args.table, args.uuid),
                           "Posten är återställd.", "Posten är inte borttagen.")


def cmd_history(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        entries = history_mod.history(store, args.table, args.uuid)
        exists = store.get(args.table, args.uuid) is not None
    if not entries and not exists:
        raise SamverkanError(f"ingen post med uuid {args.uuid} i {args.table}")
    if not entries:
        print("Ingen historik för posten.")
    for e in entries:
        where = f" (från {printable(e.source)})" if e.source else ""
        print(f"{e.at[:19].replace('T', ' ')}  {e.action_title}  {printable(e.by)}{where}")
        if e.changes:
            print(f"    ändrade fält: {', '.join(printable(c) for c in e.changes)}")
        for name in e.conflicts:
            print(f"    konflikt i {printable(name)}")
    return 0
