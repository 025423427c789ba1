"""The week navigator: ISO year and week, previous/next, "Gå till vecka", "Denna vecka"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from ...core.errors import ValidationError
from ...core.est.queries import parse_week_input
from ...core.periods import IsoWeek
from ...core.store import stamps as clock
from ..theme import colour


class WeekNavigator(QWidget):
    """Shows one ISO week and moves between weeks. ``week_changed(IsoWeek)`` after every move.

    Shortcuts work anywhere in ``shortcut_scope`` (the tab): Alt+Vänster/Höger and
    Ctrl+PgUp/PgDn step a week, Ctrl+T goes to this week, Ctrl+G to the "Gå till vecka" field.
    """

    week_changed = Signal(object)

    def __init__(self, shortcut_scope: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.week = IsoWeek.of(clock.today())
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Föregående vecka (Alt+Vänsterpil, Ctrl+PgUp)"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Nästa vecka (Alt+Högerpil, Ctrl+PgDn)"))
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.week_label.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {colour('#1f4e79', '#8ab4f8')};")
        self.week_label.setMinimumWidth(170)
        self.range_label = QLabel()
        self.range_label.setStyleSheet(f"color: {colour('#444', '#b8bcc0')};")
        # Fixed widths: the "Gå till vecka" field must not move when " · denna vecka" comes and goes.
        self.range_label.setFixedWidth(self.range_label.fontMetrics().horizontalAdvance(
            "2026-12-28 – 2027-01-03 · " + self.tr("denna vecka")) + 8)
        self.goto = QLineEdit()
        self.goto.setPlaceholderText(self.tr("Gå till vecka, t.ex. 2026-v53 eller 53"))
        self.goto.setToolTip(self.tr("Skriv en vecka och tryck Enter (Ctrl+G)"))
        self.goto.setClearButtonEnabled(True)
        self.goto.setFixedWidth(240)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000;")
        self.this_week_button = QPushButton(self.tr("Denna vecka"))
        self.this_week_button.setToolTip(self.tr("Gå till denna vecka (Ctrl+T)"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.week_label)
        layout.addWidget(self.next_button)
        layout.addWidget(self.range_label)
        layout.addSpacing(16)
        layout.addWidget(self.goto)
        layout.addWidget(self.this_week_button)
        layout.addWidget(self.message, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_week_button.clicked.connect(self.go_this_week)
        self.goto.returnPressed.connect(self._on_goto)
        scope = shortcut_scope or self
        for keys, slot in (("Alt+Left", lambda: self.step(-1)), ("Ctrl+PgUp", lambda: self.step(-1)),
                           ("Alt+Right", lambda: self.step(1)), ("Ctrl+PgDown", lambda: self.step(1)),
                           ("Ctrl+T", self.go_this_week), ("Ctrl+G", self._focus_goto)):
            shortcut = QShortcut(QKeySequence(keys), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show()

    def set_week(self, week: IsoWeek, *, emit: bool = True) -> None:
        """Show ``week``; tells listeners when it is a different week."""
        self.message.clear()
        if week == self.week:
            return
        self.week = week
        self._show()
        if emit:
            self.week_changed.emit(week)

    def step(self, weeks: int) -> None:
        """Move ``weeks`` weeks (ISO rules: 2026-W53 is followed by 2027-W01)."""
        self.set_week(self.week.shifted(weeks))

    def go_this_week(self) -> None:
        self.set_week(IsoWeek.of(clock.today()))

    def go_to(self, text: str) -> bool:
        """Go to a typed week ("2026-W53", "53", …); False (and a message) when it is not a week."""
        try:
            week = parse_week_input(text, self.week)
        except ValidationError as exc:
            self.message.setText(str(exc))
            return False
        self.set_week(week)
        self.goto.clear()
        return True

    def _on_goto(self) -> None:
        if self.goto.text().strip():
            self.go_to(self.goto.text())

    def _focus_goto(self) -> None:
        self.goto.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.goto.selectAll()

    def _show(self) -> None:
        w = self.week
        self.week_label.setText(self.tr("Vecka {week}, {year}").format(week=w.week, year=w.year))
        current = " · " + self.tr("denna vecka") if w == IsoWeek.of(clock.today()) else ""
        self.range_label.setText(f"{w.monday.isoformat()} – {w.sunday.isoformat()}{current}")
