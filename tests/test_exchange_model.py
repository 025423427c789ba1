"""The merge property test with the paths that used to lose data silently (issue 11).

Hypothesis draws coordinators editing one seed file offline — updates, deletes, restores — with
exchanges in between, and the scenarios below as operations of the model:

* restore from a backup (the file then writes as a new site);
* copy a coordinator's file and edit both copies (a fourth replica);
* undo after a merge (refused when someone else changed the field since — never silent);
* delete against a concurrent edit, conflicts resolved each way (mine/theirs, delete/keep);
* transitive chains A→B→C and stale re-merges of an older file.

Invariants after an all-to-all round: identical content everywhere and quiescence; no edit lost
without a conflict record naming it (every written value is in the row, or was seen by the write
that holds the field now, or is a side of a conflict record, or its row is deleted by a delete
that saw it); exactly one open record per concurrent field edit; no record deleted somewhere and
alive at the end without a restore or a delete-against-edit conflict. CI runs a fixed seed;
SAMVERKAN_SOAK_EXAMPLES=2000 runs the soak (docs/exchange.md).
"""

from __future__ import annotations

import os
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.core.errors import SamverkanError
from samverkan_desktop.core.exchange import conflicts, merge, receive
from samverkan_desktop.core.exchange.fields import field_state, leq
from samverkan_desktop.core.store import backup, replay, restore
from samverkan_desktop.core.store.database import Store
from samverkan_desktop.core.store.records import load_clock

from .exchange_util import SITES, content, copies, send

VALUES = ["Kim", "Alex", "Sam", ""]
FIELDS = {"party": ["short_name"], "guaranteed_resource": ["holder", "status"], "agreement_party": ["case_number"]}
STATUS = ["tillsatt", "vakant", "under rekrytering"]
KINDS = ["update", "update", "update", "delete", "restore", "send", "send", "send", "stale", "backup",
         "restore_backup", "copy", "undo", "resolve"]

op = st.tuples(st.sampled_from(KINDS), st.integers(0, 3), st.integers(0, 3), st.integers(0, 7))


class Model:
    def __init__(self, tmp):
        self.tmp = tmp
        self.stores, self.ids = copies(tmp, "ABC")
        self.sites = {n: SITES[n] for n in "ABC"}
        self.backups: dict[str, object] = {}
        self.sent: list = []  # exported files, for stale re-merges
        self.writes: list[dict] = []  # every value written, with its tag and author
        self.last: dict[str, object] = {}  # the last OpChanges per coordinator (for undo)
        # Records someone restored on purpose (a restore, an undone delete): the audit row that says
        # so goes when its author restores a backup from before it, yet the restore travelled on.
        self.restored: set[str] = set()

    def names(self):
        return sorted(self.stores)

    def row_uuid(self, store, table, pick, live=True):
        where = "WHERE deleted = 0" if live else ""
        rows = [r[0] for r in store.query(f"SELECT uuid FROM {table} {where} ORDER BY uuid")]
        return rows[pick % len(rows)] if rows else None

    def track(self, name, changes):
        store = self.stores[name]
        for e in changes.edits:
            if e.kind != "update":
                continue
            row = store.get(e.table, e.uuid)
            clock = load_clock(row["clock"])
            for field, value in e.after.items():
                if field == "deleted":
                    continue
                self.writes.append({"table": e.table, "uuid": e.uuid, "field": field, "value": value,
                                    "tag": field_state(row, clock, field).t, "by": name, "out": False})

    def apply(self, action):
        kind, who, other, pick = action
        names = self.names()
        name = names[who % len(names)]
        store = self.stores[name]
        if kind == "update":
            table = sorted(FIELDS)[pick % 3]
            uuid = self.row_uuid(store, table, pick)
            if uuid is None:
                return
            field = FIELDS[table][pick % len(FIELDS[table])]
            value = STATUS[pick % 3] if field == "status" else VALUES[(pick + other) % 4]
            with store.write("Ändra") as tx:
                tx.update(table, uuid, {field: value})
            self.last[name] = tx.changes
            self.track(name, tx.changes)
        elif kind in ("delete", "restore"):
            table = sorted(FIELDS)[pick % 3]
            uuid = self.row_uuid(store, table, pick, live=kind == "delete")
            if uuid is None:
                return
            with store.write("Ta bort") as tx:
                (tx.delete if kind == "delete" else tx.restore)(table, uuid)
            self.last[name] = tx.changes
            if kind == "restore":
                self.restored.add(uuid)
        elif kind == "send":
            target = names[other % len(names)]
            if target != name:
                self.send(name, target)
        elif kind == "stale" and self.sent:
            path = self.sent[pick % len(self.sent)]
            target = names[other % len(names)]
            received = receive.read_received(path)
            try:
                merge.apply_merge(self.stores[target], received, make_backup=False)
            except SamverkanError:
                pass  # e.g. the file claims writes of a site the target has since left: refused
            finally:
                received.close()
        elif kind == "backup":
            self.backups[name] = backup.rotate_backup(store)
        elif kind == "restore_backup" and name in self.backups:
            path = restore.restore_backup(store, self.backups.pop(name))
            self.stores[name] = Store.open(path, user=f"Samordnare {name}", origin=self.sites[name],
                                           make_backup=False)
            # Edits never shared are gone by the user's choice; the rest come back from the peers.
            self.writes = [w for w in self.writes if w["by"] != name or w["out"]]
            self.last.pop(name, None)
        elif kind == "copy" and "D" not in self.stores:
            store.close()
            shutil.copyfile(store.path, self.tmp / "D.sqlite")
            self.stores[name] = Store.open(store.path, user=f"Samordnare {name}", origin=self.sites[name],
                                           make_backup=False)
            self.stores["D"] = Store.open(self.tmp / "D.sqlite", user="Samordnare D", origin=self.sites[name],
                                          make_backup=False)
            self.sites["D"] = self.sites[name]
            for w in [w for w in self.writes if w["by"] == name]:
                self.writes.append({**w, "by": "D"})
        elif kind == "undo" and name in self.last:
            try:
                changes = replay.undo(store, self.last.pop(name))
            except SamverkanError:
                return  # refused: someone else changed the field since (never silent)
            self.track(name, changes)
            self.restored.update(e.uuid for e in changes.edits if e.kind == "restore")
        elif kind == "resolve":
            found = conflicts.open_conflicts(store)
            if found:
                c = found[pick % len(found)]
                choice = (["delete", "keep"] if c.field == "deleted" else ["mine", "theirs"])[other % 2]
                changes = conflicts.resolve(store, c.id, choice)
                self.track(name, changes)

    def send(self, sender, target):
        result = send(self.stores[sender], self.stores[target], self.tmp)
        self.sent.append(sorted(self.tmp.glob("från-*"), key=os.path.getmtime)[-1])
        for w in self.writes:
            if w["by"] == sender:
                w["out"] = True
        return result

    def close(self):
        for s in self.stores.values():
            s.close()


def _check_no_silent_loss(model: Model, final: Store) -> None:
    recorded: dict[tuple, set] = {}
    for s in model.stores.values():
        for r in s.query("SELECT table_name, row_uuid, field, mine, theirs FROM merge_conflict"):
            recorded.setdefault((r[0], r[1], r[2]), set()).update({r[3], r[4]})
    for w in model.writes:
        row = final.get(w["table"], w["uuid"])
        if row["deleted"] or any(a == "delete" for a, _n in _audit_rows(model, w["uuid"])):
            # Effective deletes had seen every write (fields.effective_deleted); a deleted record's
            # content and its conflict values are cleared (deleted means gone) — checked above.
            continue
        state = field_state(row, load_clock(row["clock"]), w["field"])
        assert _accounted(model, w, state, recorded), f"lost without a record: {w} (now {state.value!r})"


def _accounted(model: Model, w: dict, state, recorded: dict) -> bool:
    """The write ``w`` is in the row, was seen by the write that holds the field, is a side of a
    conflict record — or was replaced by a later write that had seen it (its author's next edit or
    undo, or the kept value written again elsewhere: soak seed 1117) and that write is accounted
    for: it is the one that met the others at the merge (soak 2026-11-30: B wrote "Kim", then undid
    it to ""; A's concurrent "Alex" won, and the record names "" and "Alex")."""
    names = recorded.get((w["table"], w["uuid"], w["field"]), set())
    if (state.value == w["value"] or leq(w["tag"], state.t) or str(w["value"]) in names
            or (w["value"] == "" and None in names)):
        return True
    return any(o["table"] == w["table"] and o["uuid"] == w["uuid"] and o["field"] == w["field"]
               and o["tag"] != w["tag"] and leq(w["tag"], o["tag"]) and _accounted(model, o, state, recorded)
               for o in model.writes)


def _check_one_open_record_per_edit(store: Store) -> None:
    rows = store.query("SELECT table_name, row_uuid, field, writes FROM merge_conflict "
                       "WHERE resolved_at IS NULL AND writes <> ''")
    keys = [tuple(r) for r in rows]
    assert len(keys) == len(set(keys)), "a concurrent edit recorded twice"


def _audit_rows(model: Model, uuid: str) -> list[tuple[str, list[str]]]:
    """(action, changed field names) of every audit row about ``uuid`` in every replica (the audit
    keeps names only: records.audit_fields)."""
    return [(action, (changes or "").split(",")) for s in model.stores.values()
            for action, changes in s.query("SELECT action, changes FROM audit WHERE row_uuid = ?", (uuid,))]


def _check_no_resurrection(model: Model, final: Store) -> None:
    for table in FIELDS:
        for (uuid,) in final.query(f"SELECT uuid FROM {table} WHERE deleted = 0"):
            audit = _audit_rows(model, uuid)
            if not any(action == "delete" for action, _names in audit):
                continue
            restored = any(action == "restore" or (action == "update" and "deleted" in names)
                           for action, names in audit)
            restored = restored or any(s.scalar("SELECT count(*) FROM merge_conflict WHERE row_uuid = ? "
                                                "AND field = 'deleted'", (uuid,)) for s in model.stores.values())
            restored = restored or uuid in model.restored
            assert restored, f"{table} {uuid[:8]} came back without a restore or a conflict"


@settings(max_examples=int(os.environ.get("SAMVERKAN_SOAK_EXAMPLES", "6")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(actions=st.lists(op, min_size=4, max_size=16))
def test_coordinators_converge_and_nothing_is_lost_silently(tmp_path_factory, actions):
    _converge_and_check(tmp_path_factory.mktemp("modell"), actions)


# Found by the soak (seed 1117, 2026-11-30 00:49 UTC): A wrote holder "Kim", then "Alex"; C wrote
# "Kim", then "Alex", concurrently. Every replica ends with "Alex" and nothing was lost, but the
# kept tag was C's, so the check took A's "Kim" for lost: the check now also accepts the kept value
# written by a write that had seen it (_accounted). The merge rule stays as it is: a
# join of equal values' tags would make the choice among concurrent values depend on the order.
SOAK_1117 = [("update", 0, 0, 0), ("update", 0, 0, 0), ("update", 0, 0, 0), ("update", 0, 0, 4),
             ("update", 0, 0, 0), ("update", 0, 0, 0), ("update", 0, 0, 0), ("resolve", 0, 0, 0),
             ("update", 2, 0, 4), ("update", 0, 0, 0), ("update", 0, 1, 4), ("update", 0, 0, 0),
             ("update", 0, 0, 0), ("update", 2, 1, 4)]


def test_soak_seed_1117_nothing_lost_silently(tmp_path):
    _converge_and_check(tmp_path, SOAK_1117)


# Found 2026-11-30 by a random run of the twin test: B wrote "Kim" and undid it (""), A wrote "Alex"
# concurrently. Every replica ends with "Alex" and the conflict record names "" and "Alex"; B's
# "Kim" was replaced by B's own undo before anything was sent, so it never met A's write.
UNDONE_BEFORE_SENDING = [("delete", 0, 0, 4), ("update", 0, 0, 0), ("update", 0, 0, 0), ("update", 0, 0, 0),
                         ("update", 0, 0, 0), ("update", 1, 0, 0), ("update", 0, 0, 0), ("update", 0, 1, 0),
                         ("update", 0, 0, 0), ("resolve", 0, 0, 0), ("update", 0, 0, 4), ("undo", 0, 0, 0),
                         ("undo", 0, 0, 0), ("undo", 1, 0, 0)]


def test_an_edit_undone_before_sending_is_not_lost(tmp_path):
    _converge_and_check(tmp_path, UNDONE_BEFORE_SENDING)


# Found by the soak 2026-11-30 (seed 1511): A deleted a record, took a backup, undid the delete,
# sent the record to B, then restored the backup. The undone delete (a restore) had travelled and
# wins everywhere, as it should; A's audit row of it went with A's restore, so the check now also
# knows the restores the coordinators made.
UNDELETED_THEN_BACKUP_RESTORED = [("update", 0, 0, 0), ("update", 0, 0, 0), ("delete", 0, 0, 0), ("backup", 0, 0, 0),
                                  ("update", 1, 0, 0), ("undo", 0, 0, 0), ("update", 0, 0, 0), ("update", 0, 0, 0),
                                  ("send", 0, 1, 0), ("update", 0, 0, 0), ("restore_backup", 0, 0, 0)]


def test_a_restore_that_travelled_survives_its_author_restoring_a_backup(tmp_path):
    _converge_and_check(tmp_path, UNDELETED_THEN_BACKUP_RESTORED)


def _converge_and_check(tmp, actions) -> None:
    model = Model(tmp)
    try:
        for action in actions:
            model.apply(action)
        names = model.names()
        for _round in range(4):
            for i in names:
                for j in names:
                    if i != j:
                        model.send(i, j)
            states = [content(model.stores[n]) for n in names]
            if all(s == states[0] for s in states):
                break
        assert all(s == states[0] for s in states), "identical content after all-to-all"
        for i in names:
            for j in names:
                if i != j:
                    assert not model.send(i, j).changes, "quiescent"
        final = model.stores[names[0]]
        _check_no_silent_loss(model, final)
        for s in model.stores.values():
            _check_one_open_record_per_edit(s)
        _check_no_resurrection(model, final)
    finally:
        model.close()
