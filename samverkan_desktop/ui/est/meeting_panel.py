"""The week's meeting: date, participants, lägesbild and a status (grön/gul/röd) per area."""

from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.est import ops as est_ops
from ...core.est import queries as est
from ...core.periods import IsoWeek, parse_day
from ...core.store import stamps as clock
from ..i18n import core_text
from ..models import STATUS_BRUSHES
from ..theme import ON_LIGHT
from ..theme import colour as themed

NO_STATUS = "–"


class FocusOutTextEdit(QPlainTextEdit):
    """A text editor that says when it loses focus (the lägesbild is saved then, as one undo step)."""

    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _status_style(combo: QComboBox) -> None:
    colour = STATUS_BRUSHES.get(combo.currentData() or "")
    combo.setStyleSheet(f"QComboBox {{ background: {colour.name()}; color: {ON_LIGHT}; }}" if colour else "")


class MeetingPanel(QWidget):
    """Edits one week's meeting. Nothing is written for a week until the user enters something."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.kommun = None  # a core.est.kommun.Kommun: only its areas in the status grid
        self.ctx = ctx
        self.week: IsoWeek | None = None
        self._agreement = ""
        self._loading = False
        self._row: dict | None = None
        self._saving = False
        self.meeting_date = QLineEdit()
        self.meeting_date.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.meeting_date.setMaximumWidth(120)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Parter och funktioner som deltog"))
        self.participants.setToolTip(self.tr("Tidigare veckors deltagare föreslås när du skriver"))
        self._participants_model = QStringListModel(self)
        completer = QCompleter(self._participants_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.participants.setCompleter(completer)
        self.report = FocusOutTextEdit()
        self.report.setPlaceholderText(self.tr("Veckans lägesbild: vad har hänt, var, vad behöver göras? "
                                       "(sparas när du lämnar fältet)"))
        self.report.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setObjectName("week_state")
        self.state.setStyleSheet(f"color: {themed('#555', '#a8acb0')};")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Mötesdatum"), self.meeting_date)
        form.addRow(self.tr("Deltagare"), self.participants)

        self.status_grid = QGridLayout()
        self.status_grid.setColumnStretch(2, 1)
        grid_host = QWidget()
        grid_host.setLayout(self.status_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMinimumHeight(120)
        self._status_rows: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self._areas: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Lägesbild</b>")))
        layout.addWidget(self.report, 2)
        self.copy_button = QPushButton(self.tr("Som förra veckan"))
        self.copy_button.setToolTip(self.tr("Hämta status och motivering från den senaste veckan som har sådana "
                                    "(områden som redan har status denna vecka ändras inte)"))
        self.copy_button.clicked.connect(self.copy_previous)
        status_head = QHBoxLayout()
        status_head.addWidget(QLabel(self.tr("<b>Status per område</b>")))
        status_head.addStretch(1)
        status_head.addWidget(self.copy_button)
        layout.addLayout(status_head)
        layout.addWidget(scroll, 3)

        self.meeting_date.editingFinished.connect(self._save_date)
        self.participants.editingFinished.connect(self._save_participants)
        self.report.focus_lost.connect(self.save_report)

    # -- loading -----------------------------------------------------------------------------

    def load(self, week: IsoWeek) -> None:
        """Show ``week`` (saving what is still being edited for the previous week first)."""
        if self._loading:
            return  # saving the previous week refreshed the tab; the outer load() goes on
        ag = self.ctx.agreement_uuid
        other = (self.week, self._agreement) != (week, ag)
        if other:
            self._loading = True
            try:
                self.commit()
            finally:
                self._loading = False
        self.week, self._agreement = week, ag
        self._row = est.week_row(self.ctx.store, ag, week) if ag else None
        row = self._row or {}
        # A refresh caused by another edit must not throw away what the user is typing here.
        if other or not self.meeting_date.hasFocus():
            self.meeting_date.setText(row.get("meeting_date") or "")
        if other or not self.participants.hasFocus():
            self.participants.setText(row.get("participants") or "")
        if other or not self.report.document().isModified():
            self.report.setPlainText(row.get("situation_report") or "")
            self.report.document().setModified(False)
        self._load_statuses(ag, force=other)
        self._participants_model.setStringList(est.recent_participants(self.ctx.store, ag) if ag else [])
        if self._row:
            if self._row["updated_by"]:
                text = self.tr("Senast ändrad {day} av {who}.").format(day=self._row["updated_at"][:10],
                                                                      who=self._row["updated_by"])
            else:
                text = self.tr("Senast ändrad {day}.").format(day=self._row["updated_at"][:10])
            self.state.setText(text)
        else:
            self.state.setText(self.tr("Inget registrerat för veckan ännu – det du skriver här sparas för veckan."))

    def _load_statuses(self, ag: str, *, force: bool = False) -> None:
        areas = est.districts(self.ctx.store, ag, kommun=self.kommun) if ag else []
        if [a["uuid"] for a in areas] != self._areas:
            self._build_grid(areas)
        statuses = est.area_statuses(self.ctx.store, self._row["uuid"]) if self._row else {}
        for uuid, (combo, motivation) in self._status_rows.items():
            row = statuses.get(uuid)
            combo.blockSignals(True)
            index = combo.findData(row["status"]) if row else -1
            combo.setCurrentIndex(max(index, 0))  # "ej bedömd" and no row both show "–"
            combo.blockSignals(False)
            _status_style(combo)
            if force or not motivation.hasFocus():
                motivation.setText(row["motivation"] if row else "")
                motivation.setCursorPosition(0)
                motivation.setToolTip(row["motivation"] if row else "")

    def _build_grid(self, areas: list[dict]) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self._status_rows.clear()
        self._areas = [a["uuid"] for a in areas]
        if not areas:
            self.status_grid.addWidget(QLabel(self.tr("Överenskommelsen har inga områden ännu (lägg till dem under "
                                              "Kodlistor, Ctrl+K).")), 0, 0, 1, 3)
            return
        several = len({a["kommun"] for a in areas}) > 1
        row, kommun = 0, None
        for area in areas:
            if several and area["kommun"] != kommun:
                kommun = area["kommun"]
                self.status_grid.addWidget(QLabel(f"<i>{html.escape(kommun)}</i>"), row, 0, 1, 3)
                row += 1
            combo = QComboBox()
            combo.addItem(NO_STATUS, None)
            for status in est_ops.AREA_STATUSES:
                combo.addItem(core_text(status), status)
            combo.setObjectName(f"status_{area['name']}")
            combo.setToolTip(self.tr("Status för området denna vecka"))
            motivation = QLineEdit()
            motivation.setPlaceholderText(self.tr("Motivering"))
            combo.activated.connect(lambda _i, u=area["uuid"]: self._save_status(u))
            motivation.editingFinished.connect(lambda u=area["uuid"]: self._save_status(u, from_text=True))
            name = QLabel(area["name"])
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setToolTip(area["kommun"])
            self.status_grid.addWidget(name, row, 0)
            self.status_grid.addWidget(combo, row, 1)
            self.status_grid.addWidget(motivation, row, 2)
            row += 1
            self._status_rows[area["uuid"]] = (combo, motivation)

    # -- saving ------------------------------------------------------------------------------

    def _perform(self, op) -> None:
        # A warning dialog takes the focus, which would finish the edit again: save once.
        if self._saving or not self._agreement or self.week is None:
            return
        self._saving = True
        try:
            self.ctx.perform(op, parent=self)
        finally:
            self._saving = False

    def _save_date(self) -> None:
        text = self.meeting_date.text().strip()
        if text != ((self._row or {}).get("meeting_date") or ""):
            ag, week = self._agreement, self.week
            self._perform(lambda s: est_ops.save_week_meeting(s, ag, week, meeting_date=text))

    def _save_participants(self) -> None:
        text = self.participants.text().strip()
        if text != ((self._row or {}).get("participants") or "") and not self._saving:
            if not self.ctx.confirm_free_text(text, parent=self):
                return
            ag, week = self._agreement, self.week
            self._perform(lambda s: est_ops.save_week_meeting(s, ag, week, participants=text))

    def save_report(self) -> None:
        """Save the lägesbild when it was changed (one undo step per editing session)."""
        if not self.report.document().isModified() or self._saving:
            return
        text = self.report.toPlainText()
        if not self.ctx.confirm_free_text(text, parent=self):
            return
        ag, week = self._agreement, self.week
        self.report.document().setModified(False)
        self._perform(lambda s: est_ops.save_week_meeting(s, ag, week, situation_report=text))

    def _save_status(self, area_uuid: str, *, from_text: bool = False) -> None:
        combo, motivation = self._status_rows[area_uuid]
        status, text = combo.currentData(), motivation.text().strip()
        ag, week = self._agreement, self.week
        if status is None and not text:
            if not from_text:
                self._perform(lambda s: est_ops.clear_area_status(s, ag, week, area_uuid))
            return
        # A motivation without a status stays without one ("ej bedömd"): never a silent "grön".
        if from_text and not self.ctx.confirm_free_text(text, parent=self):
            return
        self._perform(lambda s: est_ops.set_area_status(s, ag, week, area_uuid, status, text))
        _status_style(combo)

    def copy_previous(self) -> None:
        """Fill the week's area statuses from the latest earlier week (one undo step)."""
        ag, week = self._agreement, self.week
        self._perform(lambda s: est_ops.copy_area_statuses(s, ag, week))

    def invalid_edits(self) -> list[str]:
        """The meeting date when it is not a day (saving it would fail)."""
        text = self.meeting_date.text().strip()
        if not text:
            return []
        try:
            parse_day(text, today=clock.today())
        except ValidationError:
            return [self.tr("Mötesdatum: {text} är inget datum.").format(text=text)]
        return []

    def commit(self) -> None:
        """Save edits still in progress (before another week or agreement is shown)."""
        if self.week is None:
            return
        self._save_date()
        self._save_participants()
        self.save_report()
