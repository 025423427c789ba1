"""The exchange dialogs: share, merge preview, conflicts, view a received file, backups, history."""

from __future__ import annotations

import re

from ..models import UUID_ROLE, RowsModel


def fill(text: str, *values) -> str:
    """``text`` (a translated string) with %1, %2 … replaced by ``values`` in one pass, so a value
    that itself contains "%2" (free text from a record) is never substituted again."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


class ObjectRowsModel(RowsModel):
    """RowsModel over dataclass rows (conflicts, backups, history entries) rather than dicts."""

    def data(self, index, role=0):
        if role == UUID_ROLE:
            row = self.rows[index.row()] if index.isValid() else None
            return getattr(row, "uuid", None)
        return super().data(index, role)
