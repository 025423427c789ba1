"""Undo never crosses a merge silently: taking back an edit whose field someone else has changed
since is refused with one Swedish line; an undo that is still valid stays possible."""

from __future__ import annotations

import pytest

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.store import replay

from .exchange_util import content, copies, send


def _both_ways(tmp_path, backwards: bool):
    """A edits the holder (``mine``) and the extent (``other``) of one resource; for redo it then
    undoes both. B changes the holder after seeing A's state; A merges it. Then ``mine`` taken back
    (undo) or done again (redo) is refused, ``other`` still works, and B's holder stays."""
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    r = ids["resource"]
    with a.write("Ändra innehavare") as tx:
        tx.update("guaranteed_resource", r, {"holder": "Kim"})
    mine = tx.changes
    with a.write("Ändra omfattning") as tx:
        tx.update("guaranteed_resource", r, {"extent_fte": 0.5})
    other = tx.changes
    if not backwards:
        replay.undo(a, other)
        replay.undo(a, mine)  # both are now on the redo side of A's stack
    step = replay.undo if backwards else replay.redo
    send(a, b, tmp_path)
    with b.write("Ändra innehavare") as tx:  # B saw A's value and changed it: a later edit, no conflict
        tx.update("guaranteed_resource", r, {"holder": "Sam"})
    send(b, a, tmp_path)
    before = content(a)
    with pytest.raises(ValidationError) as info:
        step(a, mine)
    message = str(info.value)
    words = "kan inte ångras" if backwards else "kan inte göras om"
    assert words in message and "Innehavare" in message and "Sam" in message
    assert "\n" not in message
    assert content(a) == before, "nothing was written"
    step(a, other)  # the field nobody else touched can still be taken back / done again
    assert a.get("guaranteed_resource", r)["extent_fte"] == (1.0 if backwards else 0.5)
    assert a.get("guaranteed_resource", r)["holder"] == "Sam", "the other coordinator's edit stays"
    a.close()
    b.close()


def test_undo_after_a_merge_is_refused_for_a_field_changed_elsewhere_and_allowed_for_the_rest(tmp_path):
    _both_ways(tmp_path, backwards=True)


def test_redo_after_a_merge_is_refused_for_a_field_changed_elsewhere_and_allowed_for_the_rest(tmp_path):
    _both_ways(tmp_path, backwards=False)


def test_undo_and_redo_without_a_merge_in_between_still_work(tmp_path):
    stores, ids = copies(tmp_path, "A")
    a = stores["A"]
    with a.write("Ny part") as tx:
        p = tx.insert("party", {"name": "Ny part", "short_name": "5"})
    made = tx.changes
    with a.write("Ändra") as tx:
        tx.update("party", p, {"short_name": "NP"})
    edit = tx.changes
    redo = replay.undo(a, edit)
    assert redo and a.get("party", p)["short_name"] == "5"
    replay.redo(a, edit)
    replay.undo(a, edit)
    replay.undo(a, made)
    assert a.get("party", p)["deleted"] == 1
    a.close()
