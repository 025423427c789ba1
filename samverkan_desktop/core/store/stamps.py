"""Time and identity: UTC timestamps, uuid4 for new rows, uuid5 for rows with a natural key."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator
from contextvars import ContextVar

# Rows that two coordinators may create independently for the same thing (the EST week of an
# agreement, the assessment of a form at an occasion) get a uuid derived from their natural key,
# so a merge sees one row, not two.
_NAMESPACE = uuid.UUID("5b2f3c1e-8d4a-4f0e-9a57-3c1d2e6f7a80")


def utc_now() -> str:
    """The current UTC time as ISO 8601 with microseconds and a Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_text(stamp: str) -> str:
    """A stored UTC stamp as a person reads it, in local time: "2026-11-30 14:05"."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except (ValueError, AttributeError):
        return str(stamp)
    return when.strftime("%Y-%m-%d %H:%M")


def new_uuid() -> str:
    """A fresh random uuid4 as text."""
    return str(uuid.uuid4())


def natural_uuid(kind: str, *parts: object) -> str:
    """A uuid5 that every installation computes alike for the same ``kind`` and key ``parts``."""
    key = "\x1f".join([kind, *(str(p) for p in parts)])
    return str(uuid.uuid5(_NAMESPACE, key))


_PINNED: ContextVar[dt.date | None] = ContextVar("pinned_today", default=None)


def today() -> dt.date:
    """Today's local date (a seam for tests), or the day :func:`as_if_on` pins."""
    return _PINNED.get() or dt.date.today()


@contextlib.contextmanager
def as_if_on(day: dt.date) -> Iterator[None]:
    """Inside the block :func:`today` is ``day``: a frozen report built again after a redaction
    reads "today" as the day it was frozen (what was preliminary, overdue or ahead then)."""
    token = _PINNED.set(day)
    try:
        yield
    finally:
        _PINNED.reset(token)
