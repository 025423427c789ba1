"""Rows that only move forward are merged in bulk in SQL (core/exchange/forward.py); they must end
exactly as the field merge ends them, row by row.

The merge property test's scenarios (restores, copies, undo, deletes against edits, resolutions,
chains, stale re-merges) run here with every send merged twice: into the receiver (bulk path on)
and into a copy of it with every row through the field merge; both must hold the same rows, clocks,
metadata, conflict records and audit. Plus the cases the bulk path must leave alone.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.core import privacy

from . import exchange_util
from .exchange_util import delete, edit, pair, send
from .test_exchange_model import _converge_and_check, op


@pytest.fixture
def twin(monkeypatch):
    monkeypatch.setitem(exchange_util.TWIN, "on", True)


@settings(max_examples=int(os.environ.get("SAMVERKAN_SOAK_EXAMPLES", "8")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(actions=st.lists(op, min_size=4, max_size=16))
def test_bulk_forward_merge_ends_as_the_field_merge(tmp_path_factory, twin, actions):
    _converge_and_check(tmp_path_factory.mktemp("tvilling"), actions)


def test_forward_rows_are_merged_in_bulk_and_the_rest_by_field(tmp_path, twin):
    a, b, ids = pair(tmp_path)
    edit(a, "party", ids["kommun"], {"short_name": "ÖK"})  # forward only: bulk
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})  # concurrent with B: field merge
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Alex"})
    delete(a, "cooperation_form", ids["form"])  # a tombstone: field merge
    result = send(a, b, tmp_path)
    tables = {t.table: t for t in result.preview.tables}
    assert tables["party"].unlisted == 1 and not tables["party"].items
    assert [i.kind for i in tables["guaranteed_resource"].items] == ["conflict"]
    assert [i.kind for i in tables["cooperation_form"].items] == ["deleted"]
    assert result.preview.summary().startswith("0 nya, 1 ändrad, 1 borttagen, 1 konflikt")
    assert b.get("party", ids["kommun"])["short_name"] == "ÖK"
    audit = b.query("SELECT changes, by FROM audit WHERE row_uuid = ? AND action = 'merge'", (ids["kommun"],))
    assert [tuple(r) for r in audit] == [("short_name", a.user)]
    assert ids["kommun"] in result.changes.uuids
    # Nothing new the second time: the bulk rows are equal on both sides now.
    assert not send(a, b, tmp_path).changes


def test_a_row_with_an_open_conflict_is_left_to_the_field_merge(tmp_path, twin):
    a, b, ids = pair(tmp_path)
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim"})
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Alex"})
    send(a, b, tmp_path)
    send(b, a, tmp_path)  # both hold the conflict now
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Sam"})  # a later decision, seen both
    assert b.query("SELECT 1 FROM merge_conflict WHERE resolved_at IS NULL")
    result = send(a, b, tmp_path)
    # The later edit settles B's record: the row went through the field merge, listed.
    assert [i.kind for i in result.preview.tables[0].items] == ["changed"]
    assert not b.query("SELECT 1 FROM merge_conflict WHERE resolved_at IS NULL")
    assert b.get("guaranteed_resource", ids["resource"])["holder"] == "Sam"


def test_the_merge_names_personnummer_it_brought_and_not_those_already_here(tmp_path):
    a, b, ids = pair(tmp_path)
    edit(a, "party", ids["kommun"], {"short_name": "Kontakt 811218-9876"})  # moved forward in bulk
    edit(a, "guaranteed_resource", ids["resource"], {"holder": "Kim 19811218-9876"})  # against B's edit
    edit(b, "guaranteed_resource", ids["resource"], {"holder": "Alex"})
    result = send(a, b, tmp_path)
    found = privacy.scan_merged(b, result.since)
    assert sorted((f.table, f.field, f.masked) for f in found) == [
        ("merge_conflict", "theirs", "811218-****"), ("party", "short_name", "811218-****")]
    edit(a, "party", ids["polis"], {"short_name": "LPO"})  # the next file brings no number
    again = send(a, b, tmp_path)
    assert privacy.scan_merged(b, again.since) == []
