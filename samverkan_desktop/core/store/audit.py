"""The audit table's format: who changed which field when — never the old text (issue 12).

``changes`` holds the changed fields' names, comma-separated (``!name`` for a field a merge found
in conflict); an insert, a delete and a restore name none. The values live only in the record
itself and, for undo, in the session's memory.
"""

from __future__ import annotations

AUDIT_INSERT = ("INSERT INTO audit (at, table_name, row_uuid, action, by, origin, changes, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")

# A deleted row's conflict records lose the values they held (the choice "deleted" stays).
FORGET_CONFLICTS = ("UPDATE merge_conflict SET mine = NULL, theirs = NULL WHERE table_name = ? "
                    "AND row_uuid = ? AND field <> 'deleted' AND (mine IS NOT NULL OR theirs IS NOT NULL)")


def audit_fields(names, conflicts=()) -> str:
    """The audit's ``changes`` column: the changed fields' names, comma-separated, and ``!name``
    for a field a merge found in conflict — who changed which field when, never the old text."""
    return ",".join([*names, *(f"!{n}" for n in conflicts)])
