"""Version vectors in the ``clock`` column of every travelling row.

``{"v": row vector, "c": vector at creation, "f": {column: vector at that column's last write}}``:
two writes of one column conflict exactly when their vectors are concurrent (see docs/exchange.md).
"""

from __future__ import annotations

import json


def _bump(vector: dict[str, int], origin: str) -> dict[str, int]:
    out = dict(vector)
    out[origin] = out.get(origin, 0) + 1
    return out


def load_clock(text: str | None) -> dict:
    """The parsed clock column: {"v": row vector, "c": creation vector, "f": {field: vector}}."""
    clock = json.loads(text or "{}")
    clock.setdefault("v", {})
    clock.setdefault("c", dict(clock["v"]))
    clock.setdefault("f", {})
    return clock


def dump_clock(clock: dict) -> str:
    """Compact, key-sorted JSON so equal clocks compare equal as text."""
    return json.dumps(clock, separators=(",", ":"), sort_keys=True)


def advance_clock(text: str | None, origin: str, names) -> str:
    """The clock column after ``origin`` writes the fields ``names``: row vector bumped, each field's
    vector set to (a copy of) the new row vector. The one computation both write paths use."""
    clock = load_clock(text)
    clock["v"] = _bump(clock["v"], origin)
    for name in names:
        clock["f"][name] = dict(clock["v"])
    return dump_clock(clock)
