"""The year at a glance: twelve month columns (and one for undated activities) with a chip per activity.

Chips are coloured by status; overdue ones (planned day passed, neither done nor cancelled) are red.
Drag a chip to another month to move it there; the tab turns ``move_requested`` into a core op.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ...core.communication.queries import responsible_text
from ..i18n import status_with_overdue, week_text

# (fill, accent) per status; overdue overrides both.
STATUS_COLOURS = {
    "planerad": (QColor("#dde9f6"), QColor("#1f4e79")),
    "pågår": (QColor("#fff1c2"), QColor("#b38600")),
    "genomförd": (QColor("#d7f0d8"), QColor("#2e7d32")),
    "inställd": (QColor("#ececec"), QColor("#8a8a8a")),
}
OVERDUE = (QColor("#f8d0d0"), QColor("#c62828"))
COLUMNS = 13  # January … December, then "Utan datum"
HEADER_H = 26
CHIP_H = 38
GAP = 4
MARGIN = 6


class Timeline(QWidget):
    """A custom-painted year plan. ``set_activities(year, rows)`` with rows from core list_activities."""

    activity_selected = Signal(str)
    activity_activated = Signal(str)
    move_requested = Signal(str, int)  # activity uuid, month 1–12

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("communication_timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Tidslinje över årets aktiviteter"))
        self.year = dt.date.today().year
        self.today = dt.date.today()
        self.rows: list[dict] = []
        self.selected: str | None = None
        self._columns: list[list[dict]] = [[] for _ in range(COLUMNS)]
        self._press: tuple[str, QPoint] | None = None
        self._drag_pos: QPoint | None = None

    # -- data -----------------------------------------------------------------------------

    def set_activities(self, year: int, rows: list[dict], today: dt.date | None = None) -> None:
        self.year = year
        self.today = today or dt.date.today()
        self.rows = list(rows)
        self._columns = [[] for _ in range(COLUMNS)]
        for row in self.rows:
            self._columns[(row["month"] or COLUMNS) - 1].append(row)
        if self.selected not in {r["uuid"] for r in self.rows}:
            self.selected = None
        self.updateGeometry()
        self.update()

    def select(self, uuid: str | None) -> None:
        """Highlight an activity (without emitting ``activity_selected``)."""
        self.selected = uuid
        self.update()

    def month_of(self, uuid: str) -> int | None:
        """The column (1–13) an activity stands in, for tests and keyboard use."""
        for i, column in enumerate(self._columns):
            if any(r["uuid"] == uuid for r in column):
                return i + 1
        return None

    # -- geometry -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1100, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        tallest = max((len(c) for c in self._columns), default=0)
        return QSize(640, max(HEADER_H + MARGIN * 2 + tallest * (CHIP_H + GAP) + GAP, 180))

    def column_rect(self, column: int) -> QRect:
        """The rectangle of column 1–13."""
        width = (self.width() - 2 * MARGIN) / COLUMNS
        x = MARGIN + (column - 1) * width
        return QRect(round(x), MARGIN, round(width), self.height() - 2 * MARGIN)

    def chip_rect(self, uuid: str) -> QRect | None:
        """Where an activity's chip is drawn."""
        for c, column in enumerate(self._columns):
            for i, row in enumerate(column):
                if row["uuid"] == uuid:
                    return self._chip_rect(c + 1, i)
        return None

    def _chip_rect(self, column: int, index: int) -> QRect:
        col = self.column_rect(column)
        top = col.top() + HEADER_H + GAP + index * (CHIP_H + GAP)
        return QRect(col.left() + 3, top, col.width() - 6, CHIP_H)

    def _column_at(self, pos: QPoint) -> int | None:
        for c in range(1, COLUMNS + 1):
            r = self.column_rect(c)
            if r.left() <= pos.x() < r.right() + 1:
                return c
        return None

    def _chip_at(self, pos: QPoint) -> dict | None:
        for c, column in enumerate(self._columns):
            for i, row in enumerate(column):
                if self._chip_rect(c + 1, i).contains(pos):
                    return row
        return None

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        bold = QFont(self.font())
        bold.setBold(True)
        target = self._column_at(self._drag_pos) if self._drag_pos is not None else None
        for c in range(1, COLUMNS + 1):
            rect = self.column_rect(c)
            current = self.year == self.today.year and c == self.today.month
            shade = QColor("#fbf6e3") if current else QColor("#f4f7fa") if c % 2 else QColor("#ffffff")
            if c == COLUMNS:
                shade = QColor("#f0f0f0")
            if target == c and c < COLUMNS:
                shade = QColor("#d6e6f7")
            p.fillRect(rect, shade)
            p.setPen(QPen(QColor("#d5dde6"), 1))
            p.drawLine(rect.topRight(), rect.bottomRight())
            p.setFont(bold)
            p.setPen(QColor("#1f4e79") if c < COLUMNS else QColor("#5b6b7c"))
            name = (QLocale().standaloneMonthName(c, QLocale.FormatType.LongFormat).capitalize() if c < COLUMNS
                    else self.tr("Utan datum"))
            fm = QFontMetrics(bold)
            label = name if fm.horizontalAdvance(name) <= rect.width() - 8 else name[:3]
            p.drawText(QRect(rect.left(), rect.top(), rect.width(), HEADER_H), Qt.AlignmentFlag.AlignCenter, label)
            if current:
                self._paint_today(p, rect)
        p.setFont(self.font())
        for c, column in enumerate(self._columns):
            for i, row in enumerate(column):
                self._paint_chip(p, self._chip_rect(c + 1, i), row)
        if self._drag_pos is not None and self._press is not None:
            row = next((r for r in self.rows if r["uuid"] == self._press[0]), None)
            if row is not None:
                ghost = self.chip_rect(row["uuid"])
                ghost.moveCenter(self._drag_pos)
                p.setOpacity(0.7)
                self._paint_chip(p, ghost, row)
                p.setOpacity(1.0)
        if self.hasFocus():  # keyboard users see where the arrows and Alt+←/→ act
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        if not self.rows:
            p.setPen(QColor("#5b6b7c"))
            p.drawText(self.rect().adjusted(0, HEADER_H, 0, 0), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Inga aktiviteter att visa."))
        p.end()

    def _paint_today(self, p: QPainter, rect: QRect) -> None:
        days = (dt.date(self.year + (self.today.month == 12), self.today.month % 12 + 1, 1)
                - dt.timedelta(days=1)).day
        x = rect.left() + rect.width() * (self.today.day - 0.5) / days
        p.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
        p.drawLine(round(x), rect.top() + HEADER_H - 4, round(x), rect.bottom())

    def _paint_chip(self, p: QPainter, rect: QRect, row: dict) -> None:
        fill, accent = OVERDUE if row["overdue"] else STATUS_COLOURS[row["status"]]
        selected = row["uuid"] == self.selected
        p.setPen(QPen(QColor("#1d2733") if selected else accent, 2.2 if selected or row["overdue"] else 1))
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.fillRect(QRect(rect.left() + 1, rect.top() + 3, 4, rect.height() - 6), accent)
        font = QFont(self.font())
        font.setStrikeOut(row["status"] == "inställd")
        font.setBold(row["overdue"])
        p.setFont(font)
        p.setPen(QColor("#8a1c1c") if row["overdue"] else QColor("#1d2733"))
        text_rect = rect.adjusted(9, 1, -4, -1)
        text = "\n".join(two_lines(QFontMetrics(font), row["title"], text_rect.width()))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        p.setFont(self.font())

    # -- mouse and keyboard ---------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        row = self._chip_at(event.position().toPoint())
        self._press = (row["uuid"], event.position().toPoint()) if row else None
        self._drag_pos = None
        if row:
            self.select(row["uuid"])
            self.activity_selected.emit(row["uuid"])

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self._press is not None:
            if self._drag_pos is not None or (pos - self._press[1]).manhattanLength() >= QApplication.startDragDistance():
                self._drag_pos = pos
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
            return
        self.setCursor(Qt.CursorShape.OpenHandCursor if self._chip_at(pos) else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        press, dragged = self._press, self._drag_pos is not None
        self._press = self._drag_pos = None
        self.unsetCursor()
        self.update()
        if press is None or not dragged:
            return
        column = self._column_at(event.position().toPoint())
        if column is not None and column < COLUMNS and column != self.month_of(press[0]):
            self.move_requested.emit(press[0], column)

    def mouseDoubleClickEvent(self, event) -> None:
        row = self._chip_at(event.position().toPoint())
        if row:
            self.activity_activated.emit(row["uuid"])

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:
        order = [r["uuid"] for column in self._columns for r in column]
        key = event.key()
        if order and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) \
                and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            i = order.index(self.selected) + step if self.selected in order else 0
            uuid = order[max(0, min(i, len(order) - 1))]
            self.select(uuid)
            self.activity_selected.emit(uuid)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.activity_activated.emit(self.selected)
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            row = self._chip_at(event.pos())
            if row:
                when = row["planned_date"] or (week_text(row["planned_week"]) if row.get("planned_week") else "")
                parts = [f"<b>{escape(row['title'])}</b>", escape(when or self.tr("Utan datum")),
                         f"{self.tr('Status')}: {escape(status_with_overdue(row['status'], bool(row.get('overdue'))))}"]
                for label, value in ((self.tr("Kanal"), row["channel"]), (self.tr("Målgrupp"), row["target_group"]),
                                     (self.tr("Ansvarig"), responsible_text(row))):
                    if value:
                        parts.append(f"{label}: {escape(value)}")
                QToolTip.showText(event.globalPos(), "<br>".join(parts), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def two_lines(fm: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken at spaces into at most two lines that fit ``width``; the second one elided."""
    words = text.split()
    first = ""
    while words and fm.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one long word ("Kommunikationssatsning"): break it with a hyphen
        word = words.pop(0)
        cut = len(word) - 1
        while cut > 1 and fm.horizontalAdvance(word[:cut] + "-") > width:
            cut -= 1
        first, words = word[:cut] + "-", [word[cut:], *words]
    rest = " ".join(words)
    return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]
