"""One field for a day: typed ("2026-11-17", "17/11", "idag") or picked from a calendar.

A single line edit, so Tab leaves it in one step (a QDateEdit walks through year, month and day).
The calendar button takes no focus. ``date()``/``setDate()`` speak QDate like QDateEdit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QToolButton, QWidget

from ...core.errors import ValidationError
from ...core.periods import parse_day
from ...core.store import stamps as clock
from ..widgets import short_field


class DateField(QWidget):
    """A day typed or picked; the text is tidied to ÅÅÅÅ-MM-DD when the field is left."""

    changed = Signal()

    def __init__(self, parent=None, *, object_name: str = "date_field"):
        super().__init__(parent)
        self.edit = short_field(object_name, self.tr("ÅÅÅÅ-MM-DD"),
                                self.tr("Datum: 2026-11-17, 17/11, idag eller igår (kalendern med Alt+Ner)"),
                                sample="2026-11-17", max_length=20)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Välj i kalendern"))
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.near: dt.date | None = None  # "17/11" means the 17 November nearest this day
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(self._mark)
        self._calendar: QCalendarWidget | None = None

    # -- QDateEdit-like API ---------------------------------------------------------------------

    def setDate(self, date: QDate | dt.date) -> None:  # noqa: N802 - Qt's naming
        day = date.toPython() if isinstance(date, QDate) else date
        self.edit.setText(day.isoformat())
        self.changed.emit()

    def date(self) -> QDate:
        """The day, or an invalid QDate when the text is not a day."""
        try:
            day = self.day()
        except ValidationError:
            return QDate()
        return QDate(day.year, day.month, day.day)

    def day(self) -> dt.date:
        """The day as typed. :raises ValidationError: with a Swedish line saying how to write it."""
        return parse_day(self.edit.text(), today=clock.today(), near=self.near)

    def is_valid(self) -> bool:
        return self.date().isValid()

    # -- behaviour ------------------------------------------------------------------------------

    def _tidy(self) -> None:
        if self.is_valid():
            iso = self.day().isoformat()
            if iso != self.edit.text():
                self.edit.setText(iso)
            self.changed.emit()

    def _mark(self, _text: str) -> None:
        bad = bool(self.edit.text().strip()) and not self.is_valid()
        self.edit.setStyleSheet("background: #fde7e7;" if bad else "")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        calendar = QCalendarWidget(self, Qt.WindowType.Popup)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        if self.is_valid():
            calendar.setSelectedDate(self.date())
        calendar.clicked.connect(lambda d: (self.setDate(d), calendar.close(), self.edit.setFocus()))
        calendar.activated.connect(lambda d: (self.setDate(d), calendar.close(), self.edit.setFocus()))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        self._calendar = calendar
