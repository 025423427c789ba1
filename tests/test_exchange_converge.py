"""Convergence: coordinators who edit offline and exchange files in any order end alike.

Hypothesis draws edit sequences (inserts, updates of random fields with values from a small pool so
that equal and different concurrent values both occur, deletes, restores, independent creation of
the same natural-key row) across three copies of one seed file, with some exchanges in between,
then exchanges in a random order until nothing changes. Every copy must hold the same content
(uuid, domain fields, tombstone of every row of every merge table), a further round must change
nothing, and the foreign keys must hold. SAMVERKAN_SOAK_EXAMPLES=200 runs a longer search.
"""

from __future__ import annotations

import itertools
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.core.exchange import conflicts
from samverkan_desktop.core.store.stamps import natural_uuid

from .exchange_util import content, copies, send

NAMES = "ABC"
VALUES = ["", "Kim", "Alex", "Sam"]
FIELDS = {
    "party": [("short_name", VALUES), ("kind", ["kommun", "polis", "organisation"])],
    "guaranteed_resource": [("holder", VALUES), ("status", ["tillsatt", "vakant"]), ("extent_fte", [0.5, 1.0, None])],
    "agreement_party": [("case_number", VALUES), ("signatory_name", VALUES)],
    "est_week": [("participants", VALUES), ("situation_report", VALUES)],
}

op = st.one_of(
    # Updates dominate and aim at few rows and fields, so concurrent edits of one field are common.
    st.tuples(st.just("update"), st.integers(0, 2), st.sampled_from(sorted(FIELDS)), st.integers(0, 1),
              st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("update"), st.integers(0, 2), st.sampled_from(sorted(FIELDS)), st.integers(0, 1),
              st.integers(0, 1), st.integers(0, 5)),
    st.tuples(st.just("insert"), st.integers(0, 2), st.sampled_from(["party", "guaranteed_resource"]),
              st.integers(0, 20), st.integers(0, 5), st.integers(0, 5)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.sampled_from(sorted(FIELDS)), st.integers(0, 2),
              st.integers(0, 1), st.integers(0, 1)),
    st.tuples(st.just("restore"), st.integers(0, 2), st.sampled_from(sorted(FIELDS)), st.integers(0, 20),
              st.integers(0, 1), st.integers(0, 1)),
    st.tuples(st.just("week"), st.integers(0, 2), st.just("est_week"), st.integers(0, 1),
              st.integers(0, 3), st.integers(0, 3)),
    st.tuples(st.just("exchange"), st.integers(0, 2), st.just(""), st.integers(0, 2), st.integers(0, 1),
              st.integers(0, 1)),
)


def _apply(stores, ids, tmp, action):
    kind, who, table, pick, a, b = action
    store = stores[NAMES[who]]
    if kind == "exchange":
        if pick != who:
            send(stores[NAMES[pick]], store, tmp)
        return
    if kind == "week":
        uuid = natural_uuid("est_week", ids["agreement"], 2026, 10 + pick)
        field, values = FIELDS["est_week"][a % 2]
        with store.write("Vecka") as tx:
            tx.ensure("est_week", uuid, {"agreement_uuid": ids["agreement"], "iso_year": 2026,
                                         "iso_week": 10 + pick, field: values[b % len(values)]})
        return
    if kind == "insert":
        with store.write("Ny") as tx:
            if table == "party":
                tx.insert("party", {"name": f"Part {NAMES[who]}{pick}", "short_name": VALUES[a % len(VALUES)]})
            else:
                tx.insert("guaranteed_resource", {"agreement_uuid": ids["agreement"], "party_uuid": ids["kommun"],
                                                  "text": f"Resurs {pick}", "holder": VALUES[b % len(VALUES)]})
        return
    # Only live rows can be edited (Transaction.update refuses a tombstone); any row can be restored.
    live = "" if kind == "restore" else "WHERE deleted = 0"
    rows = [r["uuid"] for r in store.query(f"SELECT uuid FROM {table} {live} ORDER BY created_at, uuid")]
    if not rows:
        return
    uuid = rows[pick % len(rows)]
    with store.write("Ändra") as tx:
        if kind == "delete":
            tx.delete(table, uuid)
        elif kind == "restore":
            tx.restore(table, uuid)
        else:
            field, values = FIELDS[table][a % len(FIELDS[table])]
            tx.update(table, uuid, {field: values[b % len(values)]})


def test_three_concurrent_values_end_alike_in_every_order(tmp_path, monkeypatch):
    results = []
    for n, order in enumerate(itertools.permutations(NAMES)):
        tmp = tmp_path / str(n)
        tmp.mkdir()
        # Each order is a world of its own: installations A, B, C have not written anywhere yet, so
        # they write as their installation ids (the same sites in every order).
        monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(tmp / "data"))
        stores, ids = copies(tmp, NAMES)
        for name, value in zip(NAMES, ("Kim", "Alex", "Sam"), strict=False):
            with stores[name].write("Ändra") as tx:
                tx.update("guaranteed_resource", ids["resource"], {"holder": value})
        first, second, third = (stores[x] for x in order)
        send(first, second, tmp)   # second now holds the merge of two
        send(second, third, tmp)   # third merges that with its own
        send(third, first, tmp)
        send(third, second, tmp)
        states = [content(s) for s in stores.values()]
        assert states[0] == states[1] == states[2], order
        results.append(stores["A"].get("guaranteed_resource", ids["resource"])["holder"])
        lost = {c.mine for s in stores.values() for c in conflicts.open_conflicts(s)}
        lost |= {c.theirs for s in stores.values() for c in conflicts.open_conflicts(s)}
        assert {"Kim", "Alex", "Sam"} <= lost | {results[-1]}, "no value is lost"
        for s in stores.values():
            s.close()
    assert len(set(results)) == 1, "the kept value does not depend on the order of exchange"


@settings(max_examples=int(os.environ.get("SAMVERKAN_SOAK_EXAMPLES", "16")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(op, min_size=3, max_size=14), order=st.permutations([(i, j) for i in range(3)
                                                                           for j in range(3) if i != j]))
def test_three_coordinators_converge_in_any_order(tmp_path_factory, actions, order):
    tmp = tmp_path_factory.mktemp("tre")
    stores, ids = copies(tmp, NAMES)
    try:
        for action in actions:
            _apply(stores, ids, tmp, action)
        for _round in range(4):
            for i, j in order:
                send(stores[NAMES[i]], stores[NAMES[j]], tmp)
            states = [content(s) for s in stores.values()]
            if states[0] == states[1] == states[2]:
                break
        assert states[0] == states[1] == states[2]
        for i, j in order:  # quiescent: another round writes nothing
            assert not send(stores[NAMES[i]], stores[NAMES[j]], tmp).changes
        for s in stores.values():
            assert s.query("PRAGMA foreign_key_check") == []
            for c in conflicts.open_conflicts(s):
                assert c.mine != c.theirs
    finally:
        for s in stores.values():
            s.close()
