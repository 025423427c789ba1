"""Field-level merge of one row: version vectors, a deterministic winner, edit-against-delete.

Every field of a row has a state ``(value, F, T)``:

* ``F``, the field vector: what the field's writer(s) had seen (clock ``"f"``, or the creation
  vector ``"c"`` when the field was not written since the row was created);
* ``T``, the tag of the write that produced the value. Usually ``T == F``; after a merge of two
  concurrent writes ``F`` is their join while ``T`` stays the tag of the value that was kept.
  The merge stores it in the clock under ``"m": {field: {"f": F, "t": T}}``; an entry whose
  ``"f"`` no longer equals the field vector is stale (a later local write replaced the value, and
  records.py knows nothing about ``"m"``), so the tag is then ``F`` again.

Merging two states of a field: equal vectors → nothing; one dominates → it wins (if the winning
value is from a write that had not seen mine, mine was overruled elsewhere: a conflict here too, so
the coordinator whose value lost always learns of it); concurrent →
the vector is the join and the value is the one whose tag is larger in :func:`order_key` (the
total of the vector first, which grows along every causal chain, then the site ids). Equal values
merge silently; different values are a conflict (recorded, neither value lost). Because the kept
value is always "the largest write of the ones known", the result does not depend on the order in
which files are exchanged: every coordinator ends with the same row.

Edit against delete: ``deleted`` is a field like any other (its logical value merges as above),
but a tombstone only takes effect when the delete had seen every write of every field (each field
vector ≤ the delete's tag). A delete concurrent with an edit therefore leaves the row alive (nothing
is lost) and the merge records a conflict on ``deleted``; the logical value is kept in ``"m"``
(``"x"``) so that later merges still know a delete happened.

A stored tombstone carries no content (store/tombstone.py): its fields are cleared without
advancing their vectors. Where such a field's vector equals the live side's, the live side's value
is the value of that very write, so it is taken; a row that ends deleted is cleared again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..store.records import dump_clock

Vector = dict[str, int]


def leq(a: Vector, b: Vector) -> bool:
    """True when ``a`` ≤ ``b`` on every site (b has seen everything a has)."""
    return all(n <= b.get(site, 0) for site, n in a.items() if n)


def compare(a: Vector, b: Vector) -> str:
    """"eq", "lt" (b dominates), "gt" (a dominates) or "concurrent"."""
    ab, ba = leq(a, b), leq(b, a)
    if ab and ba:
        return "eq"
    if ab:
        return "lt"
    if ba:
        return "gt"
    return "concurrent"


def join(a: Vector, b: Vector) -> Vector:
    """The pointwise maximum."""
    out = dict(a)
    for site, n in b.items():
        if n > out.get(site, 0):
            out[site] = n
    return out


def is_blank_creation(state: FieldState) -> bool:
    """The field still holds the empty default it got when the row was created (tag {site: 1}).

    Two coordinators may create the same natural-key row (one EST week) each filling other fields;
    an empty default is not a choice and must not beat or conflict with a value typed elsewhere.
    """
    return sum(state.t.values()) <= 1 and state.value in (None, "")


def order_key(state: FieldState) -> tuple:
    """A total order on writes that agrees with causality (a later write has a larger total).

    Blank creation defaults come first; a creation write never follows another write of the same
    row, so this keeps the order consistent with causality.
    """
    return (not is_blank_creation(state), sum(state.t.values()), sorted(state.t.items()), repr(state.value))


@dataclass(frozen=True)
class FieldState:
    value: Any
    f: Vector
    t: Vector


def _norm(v: dict) -> Vector:
    return {str(k): int(n) for k, n in v.items() if int(n)}


def field_state(row: dict, clock: dict, name: str) -> FieldState:
    """The (value, F, T) of field ``name`` of a row with parsed ``clock``."""
    f = _norm(clock["f"].get(name, clock["c"]))
    m = clock.get("m", {}).get(name)
    value = row[name]
    if m and _norm(m.get("f", {})) == f:
        if "x" in m:
            value = m["x"]
        return FieldState(value, f, _norm(m.get("t", f)))
    return FieldState(value, f, f)


def merge_field(mine: FieldState, theirs: FieldState) -> tuple[FieldState, bool]:
    """The merged state of one field and whether it is a conflict (concurrent, different values)."""
    relation = compare(mine.f, theirs.f)
    if relation == "gt":
        return mine, False
    if relation == "lt":
        # Theirs has seen my write. If their value still comes from a write that had not (the
        # conflict was decided by the rule at a third place), my value was overruled: tell me too.
        return theirs, (mine.value != theirs.value and not leq(mine.t, theirs.t)
                        and not is_blank_creation(mine))
    winner = max(mine, theirs, key=order_key)
    if relation == "eq":
        return winner, False
    merged = FieldState(winner.value, join(mine.f, theirs.f), winner.t)
    loser = theirs if winner is mine else mine
    return merged, mine.value != theirs.value and not is_blank_creation(loser)


def effective_deleted(states: dict[str, FieldState]) -> int:
    """The tombstone as stored: deleted only when the delete had seen every write of every field
    (the field vectors, which include the writes that lost a conflict, not only the kept one)."""
    gone = states["deleted"]
    if not gone.value:
        return 0
    return int(not unseen_by_delete(states))


def unseen_by_delete(states: dict[str, FieldState]) -> list[str]:
    """The fields written by an edit that no delete had seen (``deleted``'s vector joins every
    delete known, so two deletes that each saw the other side's edits delete the row)."""
    gone = states["deleted"]
    return [name for name, s in states.items() if name != "deleted" and not leq(s.f, gone.f)]


@dataclass
class RowMerge:
    """The outcome of merging one received row into the local one."""

    row: dict  # the full merged row (all columns), ready to write
    changed_fields: dict[str, tuple[Any, Any]]  # domain field → (old, new)
    conflicts: list[tuple[str, Any, Any]]  # (field, mine, theirs)
    taken: list[str]  # fields where their write had seen ours (their later decision wins)
    was_deleted: int
    is_deleted: int
    clock_changed: bool
    writes: dict[str, tuple[Vector, Vector]] = None  # conflict field → tags of (my write, theirs)
    tags: dict[str, Vector] = None  # every field → the tag of the value the row now holds

    @property
    def changed(self) -> bool:
        return bool(self.changed_fields) or self.was_deleted != self.is_deleted or self.clock_changed


def states_of(row: dict, clock: dict, fields: list[str]) -> dict[str, FieldState]:
    return {name: field_state(row, clock, name) for name in [*fields, "deleted"]}


def merge_row(local: dict, local_clock: dict, remote: dict, remote_clock: dict, fields: list[str],
              blank: dict | None = None) -> RowMerge:
    """Merge ``remote`` into ``local`` (both full rows of the same uuid); ``fields`` = domain columns;
    ``blank`` = the cleared values of a tombstone's content columns (tombstone.blank_values)."""
    forward = fast_forward(local, local_clock, remote, remote_clock, fields)
    if forward is not None:
        return forward
    mine = states_of(local, local_clock, fields)
    theirs = states_of(remote, remote_clock, fields)
    if bool(local["deleted"]) != bool(remote["deleted"]):
        live, dead = (theirs, mine) if local["deleted"] else (mine, theirs)
        for name in fields:
            if dead[name].f == live[name].f:
                dead[name] = FieldState(live[name].value, dead[name].f, dead[name].t)
    merged: dict[str, FieldState] = {}
    conflicts = []
    writes: dict[str, tuple[Vector, Vector]] = {}
    # A write that had seen everything I knew of a field (my field vector, conflicts included) is a
    # later decision: it settles my open conflict on that field.
    taken = [n for n in mine if compare(mine[n].f, theirs[n].f) == "lt" and leq(mine[n].f, theirs[n].t)]
    for name in mine:
        state, conflict = merge_field(mine[name], theirs[name])
        merged[name] = state
        if conflict and name != "deleted":
            conflicts.append((name, mine[name].value, theirs[name].value))
            writes[name] = (mine[name].t, theirs[name].t)
    gone_before, gone_remote = local["deleted"], remote["deleted"]
    gone = effective_deleted(merged)
    if merged["deleted"].value and not gone and (gone_before or gone_remote):
        # A delete met an edit it had not seen: the row stays, the coordinator decides. One record,
        # from the side of the one who deleted (1) and the one who edited (0).
        conflicts.append(("deleted", 1 if gone_before else 0, 0 if gone_before else 1))
        writes["deleted"] = (mine["deleted"].t, theirs["deleted"].t)

    v = join(_norm(local_clock["v"]), _norm(remote_clock["v"]))
    c_local, c_remote = _norm(local_clock["c"]), _norm(remote_clock["c"])
    c = c_local if c_local == c_remote else join(c_local, c_remote)
    clock: dict = {"v": v, "c": c, "f": {}}
    marks: dict = {}
    for name, s in merged.items():
        if s.f != c:
            clock["f"][name] = s.f
        mark: dict = {}
        if s.t != s.f:
            mark["t"] = s.t
        if name == "deleted" and s.value != gone:
            mark["x"] = s.value
        if mark:
            mark["f"] = s.f
            marks[name] = mark
    if marks:
        clock["m"] = marks

    row = dict(local)
    for name in fields:
        row[name] = merged[name].value
    row["deleted"] = gone
    if gone and blank:
        row.update({k: v for k, v in blank.items() if k in row})
    row["clock"] = dump_clock(clock)
    changed = {n: (local[n], row[n]) for n in fields if local[n] != row[n]}
    clock_changed = (states_of(row, clock, fields) != mine or v != _norm(local_clock["v"])
                     or c != c_local)
    # Row metadata follows the side whose row vector is later (deterministic when concurrent).
    relation = compare(_norm(local_clock["v"]), _norm(remote_clock["v"]))
    if relation == "lt" or (relation == "concurrent" and
                            (remote["lamport"], remote["origin"]) > (local["lamport"], local["origin"])):
        row.update(updated_at=remote["updated_at"], updated_by=remote["updated_by"], origin=remote["origin"])
    row["lamport"] = max(local["lamport"], remote["lamport"])
    row["created_at"] = min(local["created_at"], remote["created_at"])
    return RowMerge(row, changed, conflicts, taken, int(gone_before), gone, clock_changed, writes,
                    {name: s.t for name, s in merged.items()})


def fast_forward(local: dict, local_clock: dict, remote: dict, remote_clock: dict,
                 fields: list[str]) -> RowMerge | None:
    """:func:`merge_row` for the common case, or None: neither row deleted, no ``"m"`` on either
    side, and every field of theirs equal to mine or a later write that had seen mine. The outcome
    is what merge_row computes for such rows (their values, vectors and tags taken, no conflict,
    every later field ``taken``), without building field states."""
    if local["deleted"] or remote["deleted"]:
        return None
    forward = forward_clock(local_clock, remote_clock, fields, lambda name: local[name] == remote[name])
    if forward is None:
        return None
    row = dict(local)
    for name in forward.later:
        row[name] = remote[name]
    row["clock"] = dump_clock(forward.clock)
    changed = {n: (local[n], row[n]) for n in forward.later if n != "deleted" and local[n] != row[n]}
    if forward.relation == "lt" or (forward.relation == "concurrent" and
                                    (remote["lamport"], remote["origin"]) > (local["lamport"], local["origin"])):
        row.update(updated_at=remote["updated_at"], updated_by=remote["updated_by"], origin=remote["origin"])
    row["lamport"] = max(local["lamport"], remote["lamport"])
    row["created_at"] = min(local["created_at"], remote["created_at"])
    return RowMerge(row, changed, [], forward.later, 0, 0, forward.clock_changed, {}, forward.vectors)


@dataclass(frozen=True)
class Forward:
    """The clock side of a row that only moves forward (:func:`forward_clock`)."""

    later: list[str]  # the fields (``deleted`` too) where theirs is a later write that had seen mine
    vectors: dict[str, Vector]  # every field → its vector (theirs) after the merge
    clock: dict  # the merged clock
    relation: str  # row vector: mine compared with theirs ("lt": theirs had seen all of mine)
    clock_changed: bool


def forward_clock(local_clock: dict, remote_clock: dict, fields: list[str], same) -> Forward | None:
    """The clocks of two live rows of which theirs only moves forward, merged — or None: ``"m"`` on
    either side, or a field where mine is later, concurrent, or the same write with another value
    (``same(name)``: the two values of field ``name`` are equal). The one rule for both the merge of
    a row in Python (:func:`fast_forward`) and the merge of many such rows in SQL (forward.py)."""
    if local_clock.get("m") or remote_clock.get("m"):
        return None
    c_local, c_remote = _norm(local_clock["c"]), _norm(remote_clock["c"])
    f_local, f_remote = local_clock["f"], remote_clock["f"]
    later: list[str] = []
    vectors: dict[str, Vector] = {}
    for name in (*fields, "deleted"):
        mine = _norm(f_local[name]) if name in f_local else c_local
        theirs = _norm(f_remote[name]) if name in f_remote else c_remote
        if mine == theirs:
            if not same(name):
                return None  # the same write with two values: the full rule decides
        elif leq(mine, theirs):
            later.append(name)
        else:
            return None  # mine is later or concurrent
        vectors[name] = theirs
    v_local, v_remote = _norm(local_clock["v"]), _norm(remote_clock["v"])
    v = join(v_local, v_remote)
    c = c_local if c_local == c_remote else join(c_local, c_remote)
    clock = {"v": v, "c": c, "f": {name: f for name, f in vectors.items() if f != c}}
    return Forward(later, vectors, clock, compare(v_local, v_remote), bool(later) or v != v_local or c != c_local)


def writes_key(a: Vector, b: Vector) -> str:
    """The two writes of a conflict as stored in ``merge_conflict.writes`` (either order alike)."""
    return dump_clock(sorted([dict(sorted(a.items())), dict(sorted(b.items()))], key=dump_clock))


def settled_by(writes_text: str, tag: Vector) -> bool:
    """True when the write tagged ``tag`` had seen both writes of a conflict and is neither: a
    later edit of the field (a decision, or a plain edit) that closes the record."""
    if not writes_text:
        return False
    try:
        pair = [_norm(v) for v in json.loads(writes_text)]
    except (ValueError, TypeError, AttributeError):
        return False
    tag = _norm(tag)
    return all(leq(w, tag) and w != tag for w in pair)
