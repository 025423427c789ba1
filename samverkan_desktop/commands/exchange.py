"""``export``, ``merge``, ``conflicts``, ``history``: exchange between coordinators from the shell."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core import privacy
from ..core.errors import SamverkanError
from ..core.exchange import admin, conflicts, crypto, export, merge, receive, seen
from ..core.exchange.labels import field_title, printable
from ..core.exchange.preview import MergePreview
from ..core.i18n import _
from ..core.store import history as history_mod
from . import open_store, workspace_command
from .privacy import add_override, guard


def register(sub) -> None:
    p = workspace_command(sub, "export", _("skriv en fil att dela med en annan samordnare"), cmd_export)
    p.add_argument("out", metavar=_("UT"), help=_("filen som skrivs"))
    p.add_argument("--agreement", metavar=_("ÖVERENSKOMMELSE"),
                   help=_("bara en överenskommelse (uuid eller del av titeln)"))
    p.add_argument("--name", default=None, metavar=_("NAMN"), help=_("ditt namn i filen (standard: --user)"))
    p.add_argument("--organisation", default="", metavar=_("ORGANISATION"), help=_("din organisation"))
    add_override(p)
    p.add_argument("--password-file", metavar=_("LÖSENORDSFIL"),
                   help=_("kryptera filen med lösenordet i den här filen (AES-GCM)"))

    p = workspace_command(sub, "merge", _("slå ihop en mottagen fil med arbetsytan"), cmd_merge)
    p.add_argument("received", metavar=_("MOTTAGEN"), help=_("filen du har fått"))
    p.add_argument("--dry-run", action="store_true", help=_("visa bara vad som skulle hända"))
    p.add_argument("--password-file", metavar=_("LÖSENORDSFIL"), help=_("lösenordet till en krypterad fil"))

    workspace_command(sub, "conflicts", _("lista olösta konflikter efter sammanslagning"), cmd_conflicts)

    p = workspace_command(sub, "resolve", _("lös en konflikt: mine, theirs eller edited med --value"), cmd_resolve)
    p.add_argument("conflict_id", metavar=_("KONFLIKT"), type=int, help=_("konfliktens nummer (se conflicts)"))
    p.add_argument("choice", metavar=_("VAL"), choices=conflicts.CHOICES + conflicts.DELETE_CHOICES,
                   help=_("mine, theirs eller edited; delete eller keep när en borttagning mötte en ändring"))
    p.add_argument("--value", default=None, metavar=_("VÄRDE"), help=_("det nya värdet vid edited"))

    record_commands = [
        ("set", _("ändra fält i en post: FÄLT=VÄRDE … (samma kontroller som i fönstret)"), cmd_set),
        ("delete", _("ta bort en post (borttagningen följer med vid delning)"), cmd_delete),
        ("restore", _("återställ en borttagen post (inte en säkerhetskopia)"), cmd_restore),
        ("history", _("en posts historik"), cmd_history),
    ]
    for name, text, func in record_commands:  # FIL TABELL UUID …
        p = workspace_command(sub, name, text, func)
        p.add_argument("table", metavar=_("TABELL"), help=_("tabellen, t.ex. agreement eller guaranteed_resource"))
        p.add_argument("uuid", metavar="UUID", help=_("postens uuid"))
        if name == "set":
            p.add_argument("assignments", nargs="+", metavar=_("FÄLT=VÄRDE"),
                           help=_("t.ex. holder=Kim extent_fte=0,5"))


def _passphrase(args) -> str | None:
    return crypto.read_password_file(args.password_file) if args.password_file else None


def cmd_export(args) -> int:
    # Reading only: no backup first (a full disk must not stop an export to another disk).
    with open_store(args, args.file, make_backup=False) as store:
        guard(args, store, _("Exportfilen"), args.agreement, reports=True)
        out = export.export_workspace(store, Path(args.out), agreement=args.agreement,
                                      exporter_name=args.name or args.user, organisation=args.organisation,
                                      passphrase=_passphrase(args))
    print(_("Skrev {file}").format(file=out))
    return 0


def _warn_personal_data(received, store=None, result=None) -> None:
    """Every personnummer the merge brought into the workspace (``result``), or, for a dry run, in
    the received file; and in the file's manifest. A file with nothing new was read no further:
    nothing of it entered the workspace."""
    if not received.checked:
        return
    found = privacy.scan_connection(received.conn, only={} if result else None)
    if result is not None:
        found += privacy.scan_merged(store, result.since)
    if found:
        what = (_("varning: sammanslagningen förde in {n} personnummer:") if result is not None
                else _("varning: den mottagna filen innehåller {n} personnummer:"))
        print("samverkan: " + what.format(n=len(found)), file=sys.stderr)
        for f in found:
            print(f"  {privacy.describe(None, f)}", file=sys.stderr)


def _merged_before(args, path: Path) -> str | None:
    """When this very file was merged into the workspace, or None. A workspace that cannot be read
    as it stands (an older version, to be upgraded when it is opened to merge) has not."""
    sha = seen.digest(path)
    if sha is None:
        return None
    try:
        with open_store(args, args.file, read_only=True, make_backup=False) as store:
            return seen.merged_at(store, sha)
    except SamverkanError:
        return None  # the merge itself opens it and says what is wrong, if anything


def cmd_merge(args) -> int:
    path = Path(args.received)
    if not args.dry_run:  # the same file merged before brings nothing new: it is not read (seen.py)
        when = _merged_before(args, path)
        if when:
            print("\n".join(MergePreview(printable(path.name), [], merged_before=when).lines()))
            return 0
    # Lazy: a file whose every row is here already, the same, is read no further (merge.check_against).
    received = receive.read_received(path, _passphrase(args), lazy=True)
    try:
        # apply_merge takes its own verified backup right before merging; one at open would be a twin.
        with open_store(args, args.file, read_only=args.dry_run, make_backup=False) as store:
            if args.dry_run:
                preview = merge.preview_merge(store, received)
                _warn_personal_data(received)
                print("\n".join(preview.lines()))
                print(_("(provkörning: inget har ändrats)"))
                return 0
            result = merge.apply_merge(store, received)
            _warn_personal_data(received, store, result)
    finally:
        received.close()
    print("\n".join(result.preview.lines()))
    if result.backup:
        print(_("Säkerhetskopia före sammanslagningen: {file}").format(file=result.backup))
    return 0


def cmd_conflicts(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        found = conflicts.open_conflicts(store)
    if not found:
        print(_("Inga olösta konflikter."))
    for c in found:
        if c.field == "deleted":
            print(f"{c.id}\t{c.table_title}\t{c.label}\t{c.description} (delete/keep)")
            continue
        mine = _("min: {value}").format(value=conflicts.display(c.field, c.mine))
        theirs = _("deras ({by}): {value}").format(by=c.theirs_by, value=conflicts.display(c.field, c.theirs))
        print(f"{c.id}\t{c.table_title}\t{c.label}\t{c.field_title}\t{mine}\t{theirs}")
    return 0


def cmd_resolve(args) -> int:
    with open_store(args, args.file) as store:
        conflicts.resolve(store, args.conflict_id, args.choice, args.value)
    print(_("Konflikten är löst."))
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
                           _("Posten är ändrad."), _("Inget ändrades: posten har redan de värdena."))


def cmd_delete(args) -> int:
    return _record_command(args, lambda s: admin.delete_record(s, args.table, args.uuid),
                           _("Posten är borttagen."), _("Posten var redan borttagen."))


def cmd_restore(args) -> int:
    return _record_command(args, lambda s: admin.restore_record(s, args.table, args.uuid),
                           _("Posten är återställd."), _("Posten är inte borttagen."))


def cmd_history(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        entries = history_mod.history(store, args.table, args.uuid)
        exists = store.get(args.table, args.uuid) is not None
    if not entries and not exists:
        raise SamverkanError(_("ingen post med uuid {uuid} i {table}").format(uuid=args.uuid, table=args.table))
    if not entries:
        print(_("Ingen historik för posten."))
    for e in entries:
        where = " " + _("(från {source})").format(source=printable(e.source)) if e.source else ""
        print(f"{e.at[:19].replace('T', ' ')}  {e.action_title}  {printable(e.by)}{where}")
        if e.changes:
            fields = ", ".join(printable(field_title(c, args.table)) for c in e.changes)
            print("    " + _("ändrade fält: {fields}").format(fields=fields))
        for name in e.conflicts:
            print("    " + _("konflikt i {field}").format(field=printable(field_title(name, args.table))))
    return 0
