"""The form beside the activity list: edit one activity, or fill in a new one.

The form only collects values; the tab runs the core operations (one undo step per save).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.communication.queries import STATUSES
from ..i18n import core_text
from ..theme import colour


def _combo(editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    if editable:
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumContentsLength(14)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class ActivityForm(QWidget):
    """``load(row)`` an activity (None: a new one); ``values()`` gives what is typed."""

    save_requested = Signal()
    complete_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activity_form")
        self.uuid: str | None = None
        self._loaded: dict = {}
        self.caption = QLabel()
        self.caption.setStyleSheet(f"font-weight: 600; color: {colour('#1f4e79', '#8ab4f8')};")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Vad ska göras, t.ex. Pressmeddelande om …"))
        self.message = _text_box(2)
        self.message.setPlaceholderText(self.tr("Syfte och budskap"))
        self.target_group = _combo(editable=True)
        self.channel = _combo(editable=True)
        self.planned_date = QLineEdit()
        self.planned_date.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.planned_week = QSpinBox()
        self.planned_week.setRange(0, 53)
        self.planned_week.setSpecialValueText("–")  # no week
        self.planned_week.setToolTip(self.tr("Vecka, när datumet inte är bestämt (– = ingen)"))
        self.party = _combo()
        self.function = QLineEdit()
        self.function.setPlaceholderText(self.tr("Funktion, t.ex. Kommunpolis"))
        self.status = _combo()
        for status in STATUSES:
            self.status.addItem(core_text(status), status)
        self.done_date = QLineEdit()
        self.done_date.setPlaceholderText(self.tr("sätts när den markeras genomförd"))
        self.outcome = _text_box(2)
        self.outcome.setPlaceholderText(self.tr("Resultat och utvärdering"))
        self.recurring = QCheckBox(self.tr("Återkommer varje år (följer med vid Kopiera till nästa år)"))
        self.form = _combo()
        self.action = _combo()
        self.follow_up = _combo()

        when = QHBoxLayout()
        when.addWidget(self.planned_date, 2)
        when.addWidget(QLabel(self.tr("eller vecka")))
        when.addWidget(self.planned_week, 1)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(QLabel(self.tr("genomförd")))
        status.addWidget(self.done_date, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("&Aktivitet:"), self.title)
        form.addRow(self.tr("Syfte/&budskap:"), self.message)
        form.addRow(self.tr("&Målgrupp:"), self.target_group)
        form.addRow(self.tr("&Kanal:"), self.channel)
        form.addRow(self._label(self.tr("&Planerad:"), self.planned_date), when)
        form.addRow(self.tr("Ansvarig &part:"), self.party)
        form.addRow(self.tr("&Funktion:"), self.function)
        form.addRow(self._label(self.tr("&Status:"), self.status), status)
        form.addRow(self.tr("&Resultat:"), self.outcome)
        form.addRow(self.tr("Samverkans&form:"), self.form)
        form.addRow(self.tr("&EST-åtgärd:"), self.action)
        form.addRow(self.tr("&Uppföljning:"), self.follow_up)
        form.addRow("", self.recurring)
        self.save_button = QPushButton(self.tr("Spara"))
        self.save_button.setToolTip(self.tr("Spara aktiviteten (Ctrl+Retur)"))
        self.save_button.setDefault(True)
        self.complete_button = QPushButton(self.tr("Markera genomförd"))
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.save_button.clicked.connect(self.save_requested)
        self.complete_button.clicked.connect(self.complete_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()
        self.load(None)

    # -- choices ------------------------------------------------------------------------------

    def set_choices(self, *, parties: list[tuple[str, str]], channels: list[str], targets: list[str],
                    links: dict[str, list[tuple[str, str]]]) -> None:
        """Fill the lists: parties (uuid, name), channels, target groups, and linkable records."""
        typed, loaded = self.values(), self._loaded
        def fill(box: QComboBox, items: list[tuple[str, str]], none: str) -> None:
            box.clear()
            box.addItem(none, None)
            for uuid, label in items:
                box.addItem(label if len(label) <= 70 else label[:69] + "…", uuid)
                box.setItemData(box.count() - 1, label, 3)  # ToolTipRole: the whole text
        fill(self.party, parties, self.tr("(ingen)"))
        fill(self.form, links.get("form", []), self.tr("(ingen)"))
        fill(self.action, links.get("action", []), self.tr("(ingen)"))
        fill(self.follow_up, links.get("follow_up", []), self.tr("(ingen)"))
        for box, labels in ((self.channel, channels), (self.target_group, targets)):
            box.clear()
            box.addItems(labels)
        self._apply(typed)  # refilling the lists must not lose what is being typed
        self._loaded = loaded

    # -- loading and reading ------------------------------------------------------------------

    def load(self, row: dict | None) -> None:
        """Show ``row`` (an activity from the core), or an empty form for a new activity."""
        row = dict(row) if row else None
        self.uuid = row["uuid"] if row else None
        self.caption.setText(self.tr("Aktivitet: {title}").format(title=row["title"]) if row else self.tr("Ny aktivitet"))
        self._apply(row or {})
        self.complete_button.setEnabled(bool(row) and row["status"] != "genomförd")
        self.delete_button.setEnabled(bool(row))
        self.save_button.setText(self.tr("Spara ändringar") if row else self.tr("Lägg till"))
        self._loaded = {"row": row, "values": self.values()}

    def _apply(self, r: dict) -> None:
        self.title.setText(r.get("title", ""))
        self.message.setPlainText(r.get("message", ""))
        self.target_group.setCurrentText(r.get("target_group", ""))
        self.channel.setCurrentText(r.get("channel", ""))
        self.planned_date.setText(r.get("planned_date") or "")
        self.planned_week.setValue(r.get("planned_week") or 0)
        self._select(self.party, r.get("responsible_party_uuid"))
        self.function.setText(r.get("responsible_function", ""))
        self.status.setCurrentIndex(max(self.status.findData(r.get("status", "planerad")), 0))
        self.done_date.setText(r.get("done_date") or "")
        self.outcome.setPlainText(r.get("outcome", ""))
        self.recurring.setChecked(bool(r.get("recurring")))
        self._select(self.form, r.get("form_uuid"))
        self._select(self.action, r.get("action_uuid"))
        self._select(self.follow_up, r.get("follow_up_uuid"))

    def values(self) -> dict:
        """What the form holds, as core activity fields (text trimmed by the core)."""
        return {
            "title": self.title.text(),
            "message": self.message.toPlainText(),
            "target_group": self.target_group.currentText(),
            "channel": self.channel.currentText(),
            "planned_date": self.planned_date.text().strip() or None,
            "planned_week": self.planned_week.value() or None,
            "responsible_party_uuid": self.party.currentData(),
            "responsible_function": self.function.text(),
            "status": self.status.currentData(),
            "done_date": self.done_date.text().strip() or None,
            "outcome": self.outcome.toPlainText(),
            "recurring": 1 if self.recurring.isChecked() else 0,
            "form_uuid": self.form.currentData(),
            "action_uuid": self.action.currentData(),
            "follow_up_uuid": self.follow_up.currentData(),
        }

    def changed_values(self) -> dict:
        """Only the fields that differ from what was loaded."""
        loaded = self._loaded.get("values", {})
        return {k: v for k, v in self.values().items() if loaded.get(k) != v}

    def is_dirty(self) -> bool:
        """True when something was typed that is not saved (a new form counts once it has a title)."""
        if self.uuid is None:
            return bool(self.title.text().strip())
        return bool(self.changed_values())

    def free_texts(self) -> list[str]:
        """The free-text fields, for the personnummer check before saving."""
        v = self.values()
        return [v["title"], v["message"], v["outcome"], v["target_group"], v["responsible_function"]]

    def focus_field(self, name: str | None) -> None:
        """Put the cursor in the field a validation error names (or in the title)."""
        widget = {"title": self.title, "planned_date": self.planned_date, "planned_week": self.planned_week,
                  "done_date": self.done_date, "status": self.status}.get(name or "title", self.title)
        widget.setFocus()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _select(box: QComboBox, uuid: str | None) -> None:
        box.setCurrentIndex(max(box.findData(uuid), 0) if uuid else 0)
