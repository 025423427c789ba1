"""``@operation``: a core operation's checks and writes in one write transaction.

An operation reads what it validates against (does the row still exist, is the party already in
the agreement, which position is free) and then writes. Run apart, another writer — the CLI, a
merge — could change the file between the check and the write. Decorated, the whole function runs
inside ``BEGIN IMMEDIATE``: the check and the write are one atomic step. The transaction takes the
label of the first ``store.write(label)`` inside it (the one the user sees in Ångra).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)


def operation(fn: F) -> F:
    """Run ``fn(store, …)`` in one write transaction (nested writes join it)."""
    @functools.wraps(fn)
    def run(store, *args, **kwargs):
        with store.write(""):
            return fn(store, *args, **kwargs)
    run.is_operation = True
    return run  # type: ignore[return-value]
