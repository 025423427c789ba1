"""The exchange dialogs: share, merge preview, conflicts, view a received file, backups, history."""

from __future__ import annotations

from ..models import UUID_ROLE, RowsModel


class ObjectRowsModel(RowsModel):
    """RowsModel over dataclass rows (conflicts, backups, history entries) rather than dicts."""

    def data(self, index, role=0):
        if role == UUID_ROLE:
            row = self.rows[index.row()] if index.isValid() else None
            return getattr(row, "uuid", None)
        return super().data(index, role)
