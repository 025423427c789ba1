"""Choosing one row for a term a person typed: a uuid, or a date or name that may match several."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Ambiguous, NotFound
from ..i18n import _


def pick_one(rows: list[dict], term: str, *, missing: str, several: Callable[[list[dict]], str]) -> dict:
    """The row whose uuid is ``term``, else the only row; :raises NotFound: with ``missing`` when
    there is none, :raises Ambiguous: with ``several(rows)`` when more than one match."""
    exact = [r for r in rows if r["uuid"] == term]
    if exact:
        return exact[0]
    if not rows:
        raise NotFound(_(missing))  # marked where it is written (N_ or _)
    if len(rows) > 1:
        raise Ambiguous(several(rows))
    return rows[0]
