"""Sök i loggen: the whole incident log of the agreement, filtered by category, area, source,
dates and text ("skadegörelse mot skolor i Vivalla sedan i våras"), sorted in SQL, read lazily."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.est import filter as log
from ...core.est.areas import agreement_areas
from ...core.est.codelists import INCIDENT_CATEGORY, SOURCE, codes
from ...core.periods import IsoWeek
from ...core.store.stamps import today
from ..widgets import make_table, refill_filter
from .log_model import IncidentLogModel


def _date(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text.strip()).isoformat() if text.strip() else None
    except ValueError:
        return None


class IncidentLogView(QWidget):
    """Filters on top, the matching incidents below, a count of them between."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kommun = None  # the EST tab's kommun (core.est.kommun.Kommun): only its areas
        self.category = QComboBox()
        self.category.setObjectName("log_category")
        self.area = QComboBox()
        self.area.setObjectName("log_area")
        self.source = QComboBox()
        self.source.setObjectName("log_source")
        self.date_from = QLineEdit((today() - dt.timedelta(days=365)).isoformat())
        self.date_from.setObjectName("log_from")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("log_to")
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
            edit.setMaximumWidth(110)
            edit.setClearButtonEnabled(True)
        self.date_from.setToolTip(self.tr("Från och med (tomt: från början av loggen)"))
        self.date_to.setToolTip(self.tr("Till och med (tomt: till i dag)"))
        self.text = QLineEdit()
        self.text.setObjectName("log_text")
        self.text.setPlaceholderText(self.tr("Text i beskrivningen"))
        self.text.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setObjectName("log_summary")
        self.model = IncidentLogModel(ctx.store, self)
        self.table = make_table(self.model, stretch_column=6)
        self.table.setObjectName("log_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setColumnWidth(0, 100)
        for column, width in ((1, 170), (2, 150), (3, 120), (4, 60)):
            self.table.setColumnWidth(column, width)

        bar = QHBoxLayout()
        for label, widget in ((self.tr("Kategori"), self.category), (self.tr("Område"), self.area),
                              (self.tr("Källa"), self.source), (self.tr("Från"), self.date_from),
                              (self.tr("Till"), self.date_to)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)  # typing waits a moment; a choice in a list applies at once
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply)
        for box in (self.category, self.area, self.source):
            box.currentIndexChanged.connect(lambda _i: self.apply())
        for edit in (self.date_from, self.date_to, self.text):
            edit.textChanged.connect(lambda _t: self._timer.start())

    def load(self, _week: IsoWeek | None = None) -> None:
        """Fill the choices for the selected agreement and run the filter (the week does not matter)."""
        store, ag = self.ctx.store, self.ctx.agreement_uuid
        refill_filter(self.category, self.tr("Alla kategorier"),
                      [(c["label"], c["uuid"]) for c in codes(store, INCIDENT_CATEGORY, include_inactive=True)])
        refill_filter(self.source, self.tr("Alla källor"),
                      [(c["label"], c["uuid"]) for c in codes(store, SOURCE, include_inactive=True)])
        areas = [a for a in agreement_areas(store, ag) if a.level != "kommun"] if ag else []
        if self.kommun is not None:
            areas = [a for a in areas if a.uuid in self.kommun.area_uuids]
        refill_filter(self.area, self.tr("Alla områden"),
                      [(("    " if a.level == "plats" else "") + a.name, a.uuid) for a in areas])
        self.apply()

    def current_filter(self) -> log.IncidentFilter | None:
        """The filter the controls describe (None without an agreement)."""
        ag = self.ctx.agreement_uuid
        if not ag:
            return None
        def one(box: QComboBox) -> tuple[str, ...]:
            return (box.currentData(),) if box.currentData() else ()
        areas = one(self.area) or (tuple(self.kommun.area_uuids) if self.kommun is not None else ())
        return log.IncidentFilter(ag, categories=one(self.category), areas=areas,
                                  sources=one(self.source), date_from=_date(self.date_from.text()),
                                  date_to=_date(self.date_to.text()), text=self.text.text())

    def apply(self) -> None:
        """Run the filter now: ids in SQL order, then the count line."""
        self._timer.stop()
        f = self.current_filter()
        bad = [e for e in (self.date_from, self.date_to) if e.text().strip() and _date(e.text()) is None]
        for edit in (self.date_from, self.date_to):
            edit.setStyleSheet("background: #f8d0d0;" if edit in bad else "")
        self.model.set_filter(f)
        rows, total = log.totals(self.ctx.store, f) if f else (0, 0)
        text = self.tr("%1 registreringar, %2 händelser").replace("%1", f"{rows:,}".replace(",", " ")) \
            .replace("%2", f"{total:,}".replace(",", " "))
        if bad:
            text += " – " + self.tr("ett datum skrivs ÅÅÅÅ-MM-DD; det felaktiga används inte")
        self.summary.setText(text)

    def selected_uuids(self) -> list[str]:
        from ..models import UUID_ROLE

        return [i.data(UUID_ROLE) for i in self.table.selectionModel().selectedRows()]
