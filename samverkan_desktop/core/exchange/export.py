"""Writing an exchange file: the whole workspace or one agreement with everything hanging on it.

The file is self-contained and clean: a temporary file beside the target gets the schema and then
the shared tables straight from the workspace file (``INSERT INTO … SELECT *`` over an attached,
read-only workspace: SQLite copies the pages of tables and indexes as VACUUM INTO would, and the
local tables — audit, conflicts, workspace facts — are never read). It is trimmed to the chosen
agreement (then compacted with VACUUM), given a manifest, checked (quick_check, application_id,
schema version, foreign keys) and renamed into place. Nothing of the workspace is held in memory,
except for an encrypted file (crypto.py), whose plain copy must never reach the disk.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ... import __version__
from ..agreement.queries import resolve_agreement
from ..errors import StoreError
from ..i18n import _
from ..store import backup, migrate, tombstone
from ..store.database import Store
from ..store.stamps import new_uuid, utc_now
from . import crypto

# Rows that belong to a row of another table: when that row is exported, so are they.
# (agreement_uuid columns are handled separately: only the chosen agreement owns rows.)
OWNED_BY = [
    ("cooperation_form_party", "form_uuid"),
    ("resource_form", "resource_uuid"),
    ("resource_form", "form_uuid"),
    ("est_area_status", "est_week_uuid"),
    ("assessment", "follow_up_uuid"),
    ("indicator", "form_uuid"),
    ("indicator_value", "indicator_uuid"),
    ("communication_activity", "plan_uuid"),
    ("paragraph", "follow_up_uuid"),
    ("paragraph", "analysis_uuid"),
    ("contact_person", "party_uuid"),
    ("area", "party_uuid"),
    ("area", "parent_uuid"),
    ("actor_contact", "actor_uuid"),
    ("lagesbild_problem", "lagesbild_uuid"),
]
WHOLE_TABLES = ("code_item",)  # code lists are shared by every agreement and small
LOCAL_TABLES = ("audit", "merge_conflict", "workspace_meta", "exchange_manifest")


def _references(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(column, target table) of every foreign key of ``table``."""
    return [(r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")]


def agreement_closure(conn: sqlite3.Connection, tables: list[str], agreement: str) -> dict[str, set[str]]:
    """uuids per table of one agreement and everything that hangs on it or that it refers to."""
    keep: dict[str, set[str]] = {t: set() for t in tables}
    keep["agreement"].add(agreement)
    for table in tables:
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if "agreement_uuid" in cols:
            keep[table].update(r[0] for r in conn.execute(
                f"SELECT uuid FROM {table} WHERE agreement_uuid = ?", (agreement,)))
    for table in WHOLE_TABLES:
        keep[table].update(r[0] for r in conn.execute(f"SELECT uuid FROM {table}"))
    refs = {t: _references(conn, t) for t in tables}
    grew = True
    while grew:
        grew = False
        for table, column in OWNED_BY:
            parent = next(target for col, target in refs[table] if col == column)
            if not keep[parent]:
                continue
            found = _select_in(conn, f"SELECT uuid FROM {table} WHERE {column} IN ({{}})", keep[parent])
            if found - keep[table]:
                keep[table] |= found
                grew = True
        for table in tables:
            for column, target in refs[table]:
                if not keep[table]:
                    continue
                found = _select_in(conn, f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL "
                                         f"AND uuid IN ({{}})", keep[table])
                if found - keep[target]:
                    keep[target] |= found
                    grew = True
    return keep


def _select_in(conn: sqlite3.Connection, sql: str, values: set[str]) -> set[str]:
    out: set[str] = set()
    items = sorted(values)
    for i in range(0, len(items), 500):
        chunk = items[i:i + 500]
        out.update(r[0] for r in conn.execute(sql.format(", ".join("?" for _ in chunk)), chunk))
    return out


def export_workspace(store: Store, out: Path | str, *, agreement: str | None = None, exporter_name: str,
                     organisation: str = "", progress: Callable | None = None,
                     passphrase: str | None = None) -> Path:
    """Write the exchange file ``out``: the whole workspace, or one agreement (uuid or title part);
    encrypted (crypto.py) when a ``passphrase`` is given — the plain file then never reaches the disk."""
    out = Path(out)
    if not out.parent.is_dir():
        raise StoreError(_("Mappen finns inte: {parent}").format(parent=out.parent))
    if out.resolve() == store.path.resolve():
        raise StoreError(_("Exportfilen kan inte vara den öppna arbetsytan."))
    agreement_row = resolve_agreement(store, agreement) if agreement else None
    if progress:
        progress(0, 4, _("Kopierar arbetsytan"))
    backup.sweep(out.parent, f".{out.name}.*.tmp*")  # leftovers of a killed export
    tmp = out.with_name(f".{out.name}.{new_uuid()[:8]}.tmp")
    if passphrase is not None:  # encrypted: the plain copy stays in memory, never on the disk
        dest = sqlite3.connect(":memory:", isolation_level=None)
        dest.deserialize(migrate.empty_image())
    else:
        try:
            tmp.write_bytes(migrate.empty_image())  # our schema, empty (built once per process)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        dest = sqlite3.connect(tmp.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        _copy_shared_tables(dest, store.path)
        tables = list(store.merge_tables)
        if progress:
            progress(1, 4, _("Väljer ut det som ska delas"))
        dest.execute("BEGIN")
        if agreement_row is not None:
            keep = agreement_closure(dest, tables, agreement_row["uuid"])
            dest.execute("CREATE TEMP TABLE keep_uuid (uuid TEXT PRIMARY KEY)")
            for table in tables:
                dest.execute("DELETE FROM keep_uuid")
                dest.executemany("INSERT INTO keep_uuid VALUES (?)", [(u,) for u in keep[table]])
                dest.execute(f"DELETE FROM {table} WHERE uuid NOT IN (SELECT uuid FROM keep_uuid)")
            dest.execute("DROP TABLE keep_uuid")
        for table in tables:  # a tombstone never carries content, whatever an old file held
            clearing = tombstone.clearing_sql(dest, table)
            if clearing:
                dest.execute(clearing)
        manifest = {
            "exported_by": exporter_name,
            "organisation": organisation,
            "exported_at": utc_now(),
            "app_version": __version__,
            "schema_version": str(migrate.schema_version()),
            "site_id": store.origin,
            "agreement": agreement_row["uuid"] if agreement_row else "",
            "agreement_title": agreement_row["title"] if agreement_row else "",
        }
        dest.executemany("INSERT INTO exchange_manifest (key, value) VALUES (?, ?)", manifest.items())
        dest.execute("COMMIT")
        broken = dest.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise StoreError(_("Exporten blev inte hel: referens från {value} till {value2} saknas.").format(value=broken[0][0], value2=broken[0][2]))
        if progress:
            progress(2, 4, _("Skriver filen"))
        if passphrase is not None:
            _write_encrypted(dest, tmp, passphrase)
        else:
            if agreement_row is not None:
                dest.execute("VACUUM")  # the other agreements' pages must not travel, not even as free pages
            dest.close()
            _verify(tmp)
        if progress:
            progress(3, 4, _("Kontrollerar filen"))
        os.replace(tmp, out)
    finally:
        dest.close()
        for side in ("", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(tmp) + side).unlink()
    return out


def _copy_shared_tables(dest: sqlite3.Connection, source: Path) -> None:
    """Give ``dest`` (our schema, empty) every table of ``source`` except the local ones.

    With foreign keys off and identical tables, ``INSERT INTO t SELECT * FROM live.t`` is SQLite's
    transfer optimisation: pages of the table and its indexes are copied, not rows re-inserted.
    A table whose columns stand in another order (an upgraded old file) is copied by name.
    """
    dest.execute("PRAGMA journal_mode = OFF")  # a temporary file, verified before it is renamed
    dest.execute("PRAGMA synchronous = OFF")
    dest.execute("PRAGMA secure_delete = ON")  # what trimming and tombstones clear leaves no trace
    dest.execute("PRAGMA foreign_keys = OFF")
    dest.execute("ATTACH DATABASE ? AS live", (f"{source.resolve().as_uri()}?mode=ro",))
    try:
        dest.execute("BEGIN")  # one read snapshot of the workspace for every table
        names = [r[0] for r in dest.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name IN (SELECT name FROM live.sqlite_master WHERE type = 'table') ORDER BY name")]
        for table in names:
            if table in LOCAL_TABLES:
                continue
            mine = [r[1] for r in dest.execute(f"PRAGMA main.table_info({table})")]
            theirs = [r[1] for r in dest.execute(f"PRAGMA live.table_info({table})")]
            if mine == theirs:
                dest.execute(f"INSERT INTO main.{table} SELECT * FROM live.{table}")
            else:
                cols = ", ".join(c for c in mine if c in theirs)
                dest.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM live.{table}")
        dest.execute("COMMIT")
    finally:
        if dest.in_transaction:
            dest.execute("ROLLBACK")
        dest.execute("DETACH DATABASE live")
    dest.execute("PRAGMA foreign_keys = ON")


def _write_encrypted(mem: sqlite3.Connection, tmp: Path, passphrase: str) -> None:
    """The exchange file as bytes (vacuumed, rollback journal, checked in memory), sealed to ``tmp``."""
    mem.execute("PRAGMA journal_mode = DELETE")
    mem.execute("VACUUM")
    data = mem.serialize()
    check = sqlite3.connect(":memory:")
    try:
        check.deserialize(data)
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if ok != "ok":
        raise StoreError(_("Exportfilen klarade inte kontrollen ({ok}).").format(ok=ok))
    with tmp.open("wb") as f:
        f.write(crypto.encrypt(data, passphrase))
        f.flush()
        os.fsync(f.fileno())


def _verify(path: Path) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if ok != "ok" or app_id != migrate.APPLICATION_ID or version != migrate.schema_version():
        raise StoreError(_("Exportfilen klarade inte kontrollen ({ok}).").format(ok=ok))
