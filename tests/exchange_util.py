"""Helpers for the exchange tests: coordinators made from one seed file, exporting and merging."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from samverkan_desktop.core.exchange import export, merge, receive
from samverkan_desktop.core.exchange.preview import MergeResult
from samverkan_desktop.core.store.database import Store
from samverkan_desktop.core.store.records import META_COLUMNS

SITES = {name: f"00000000-0000-4000-8000-{i:012d}" for i, name in enumerate("ABCDE", start=1)}


_TEMPLATE: dict[str, object] = {}  # the seed file built once per process: its bytes and ids


def seed_file(path: Path) -> dict:
    """:func:`seed`'s file written to ``path`` (built once per process, then copied: the model
    test makes hundreds of coordinators) and its ids."""
    if not _TEMPLATE:
        # The template stays while the process runs, as a created seed file would: a copy of it
        # is then a copy (replica identity mints a site for each coordinator, as before).
        folder = Path(tempfile.mkdtemp(prefix="samverkan-frö-"))
        atexit.register(shutil.rmtree, folder, True)
        store, ids = seed(folder / "seed.sqlite")
        store.close()
        _TEMPLATE.update(data=(folder / "seed.sqlite").read_bytes(), ids=ids)
    path.write_bytes(_TEMPLATE["data"])
    return dict(_TEMPLATE["ids"])


def seed(path: Path) -> tuple[Store, dict]:
    """A small workspace: two parties, an agreement with both, a form and a resource."""
    store = Store.create(path, user="Seed", origin="00000000-0000-4000-8000-0000000000ff")
    with store.write("Grund") as tx:
        kommun = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
        polis = tx.insert("party", {"name": "Lokalpolisområde Örebro", "kind": "polis"})
        a = tx.insert("agreement", {"title": "Samverkan 2024–2026", "period_from": "2024-01-01",
                                    "period_to": "2026-12-31"})
        ap = tx.insert("agreement_party", {"agreement_uuid": a, "party_uuid": kommun, "case_number": "KS 1/2024"})
        tx.insert("agreement_party", {"agreement_uuid": a, "party_uuid": polis, "position": 1})
        form = tx.insert("cooperation_form", {"agreement_uuid": a, "name": "EST", "lead_party_uuid": kommun})
        res = tx.insert("guaranteed_resource", {"agreement_uuid": a, "party_uuid": kommun,
                                                "text": "Samordnare", "extent_fte": 1.0})
    ids = {"kommun": kommun, "polis": polis, "agreement": a, "ap": ap, "form": form, "resource": res}
    return store, ids


def copies(tmp: Path, names: str = "AB") -> tuple[dict[str, Store], dict]:
    """Coordinators ``names`` each holding a copy of one seed file, writing as their own site."""
    ids = seed_file(tmp / "seed.sqlite")
    stores = {}
    for name in names:
        path = tmp / f"{name}.sqlite"
        shutil.copyfile(tmp / "seed.sqlite", path)
        stores[name] = Store.open(path, user=f"Samordnare {name}", origin=SITES[name], make_backup=False)
    return stores, ids


# True: every send also merges the file into a copy of the receiver with every row through the
# field merge (apply_merge(forward=False)) and asserts both copies end byte for byte alike
# (tests/test_exchange_forward.py switches it on for the model test).
TWIN = {"on": False}


def send(sender: Store, receiver: Store, tmp: Path, *, backup: bool = False) -> MergeResult:
    """Export ``sender`` to a file and merge that file into ``receiver``."""
    out = tmp / f"från-{sender.path.stem}-{len(list(tmp.glob('från-*')))}.sqlite"
    export.export_workspace(sender, out, exporter_name=sender.user, organisation="Test")
    received = receive.read_received(out, lazy=True)  # as `samverkan merge` reads it
    try:
        twin = _twin_merge(receiver, received, out.with_suffix(".tvilling")) if TWIN["on"] else None
        result = merge.apply_merge(receiver, received, make_backup=backup)
        if twin is not None:
            assert merge_outcome(receiver) == twin, "the bulk forward merge ends as the field merge"
        return result
    finally:
        received.close()


def _twin_merge(receiver: Store, received, path: Path) -> dict:
    """``received`` merged into a copy of ``receiver`` row by row; the copy's :func:`merge_outcome`."""
    with sqlite3.connect(path) as copy:
        receiver.conn.backup(copy)
    copy.close()
    twin = Store.open(path, user=receiver.user, origin=receiver.installation, make_backup=False)
    try:
        merge.apply_merge(twin, received, make_backup=False, forward=False)
        return merge_outcome(twin)
    finally:
        twin.close()


def merge_outcome(store: Store) -> dict:
    """Everything a merge writes: every column of every travelling row, the conflict records and
    the audit (as multisets, without ids and the merge's own clock time), the Lamport time."""
    out = {t: store.query(f"SELECT * FROM {t} ORDER BY uuid") for t in store.merge_tables}
    conflict_cols = [c for c in store.column_names("merge_conflict") if c not in ("id", "detected_at", "resolved_at")]
    out["merge_conflict"] = sorted(repr(tuple(r)) for r in store.query(
        f"SELECT {', '.join(conflict_cols)}, resolved_at IS NULL FROM merge_conflict"))
    audit_cols = [c for c in store.column_names("audit") if c not in ("id", "at")]
    out["audit"] = sorted(repr(tuple(r)) for r in store.query(f"SELECT {', '.join(audit_cols)} FROM audit"))
    out["lamport"] = store.meta("lamport", "0")
    return {k: [tuple(r) for r in v] if k in store.merge_tables else v for k, v in out.items()}


def content(store: Store) -> dict:
    """Every merge table's rows: uuid, domain fields and the tombstone (local metadata left out)."""
    out = {}
    for table in store.merge_tables:
        cols = [c.name for c in store.db[table].columns if c.name not in META_COLUMNS]
        rows = store.query(f"SELECT uuid, deleted, {', '.join(cols)} FROM {table} ORDER BY uuid")
        out[table] = [tuple(r) for r in rows]
    return out


def pair(tmp: Path) -> tuple[Store, Store, dict]:
    """Coordinators A and B holding copies of one seed file, and the seed's ids."""
    stores, ids = copies(tmp, "AB")
    return stores["A"], stores["B"], ids


def edit(store: Store, table: str, uuid: str, values: dict) -> None:
    """One local edit of one record (one write, as a field commit in the window makes)."""
    with store.write("Ändra") as tx:
        tx.update(table, uuid, values)


def delete(store: Store, table: str, uuid: str) -> None:
    """One local delete of one record."""
    with store.write("Ta bort") as tx:
        tx.delete(table, uuid)


def send_both(first: Store, second: Store, tmp: Path) -> None:
    """``first`` sends to ``second``, then ``second`` (now holding both) sends back."""
    send(first, second, tmp)
    send(second, first, tmp)
