"""Fast keyboard entry of incidents and the table of the week's incidents.

The entry row: kategori → område/plats → källa → antal → datum → klockslag → beskrivning, one Tab each
(the date is one field: "2026-11-17", "17/11", "idag"; the time of day is optional: "21:30", "2130");
Enter in any field adds the incident with what the row holds and clears it for the next one
(category, area and source stay, ready to overtype). The table's "Koppla till problem…" links the
marked incidents to a prioritised problem.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.est import codelists
from ...core.est import ops as est_ops
from ...core.est import queries as est
from ...core.i18n import N_
from ...core.periods import IsoWeek
from ...core.store import stamps as clock
from ..i18n import _
from ..theme import colour
from ..widgets import short_field
from .date_field import DateField


def code_combo(placeholder: str, name: str) -> QComboBox:
    """An editable combo that completes on any part of a label and never invents new items."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText(placeholder)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setMinimumContentsLength(14)
    return combo


def fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace the items (label, uuid), keeping what the user has typed or chosen."""
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    for label, uuid in items:
        combo.addItem(label, uuid)
    combo.setCurrentIndex(-1)
    combo.setEditText(text)
    combo.blockSignals(False)


def _plain(text: str) -> str:
    """Case and diacritics folded ("Järntorget" → "jarntorget"), for lazy typing."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def _match(labels: list[tuple[str, str]], needle: str, key) -> list[str]:
    """uuids of the best matches: exact, else starting with, else containing ``needle``."""
    exact = [uuid for label, uuid in labels if key(label) == needle]
    if exact:
        return exact[:1]
    for test in (str.startswith, str.__contains__):
        hits = [uuid for label, uuid in labels if test(key(label), needle)]
        if len(hits) > 1:
            # "Viv" picks "Vivalla" over "Vivalla › Vivalla centrum": the shortest when it heads all others.
            keyed = {uuid: key(label) for label, uuid in labels}
            shortest = min(hits, key=lambda u: len(keyed[u]))
            if all(keyed[u].startswith(keyed[shortest]) for u in hits):
                return [shortest]
        if hits:
            return hits
    return []


def resolve_combo(combo: QComboBox, what: str, *, required: bool) -> str | None:
    """The uuid for the combo's text: an exact label, else the only label that starts with or contains
    it; case is ignored, and so are å/ä/ö dots when nothing matches with them ("jarn" → Järntorget).
    ``what`` is "kategori", "område" or "källa" (Swedish grammar differs: okänd kategori, okänt område)."""
    text = combo.currentText().strip()
    if not text:
        if required:
            raise ValidationError(_("Välj {what}.").format(what=_(what)))
        return None
    labels = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    hits = _match(labels, text.casefold(), str.casefold) or _match(labels, _plain(text), _plain)
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise ValidationError(_("{text} passar flera val för {what}; skriv mer av namnet.").format(
            text=repr(text), what=_(what)))
    unknown = {"kategori": _("Okänd kategori: {text}. Välj i listan eller lägg till i Kodlistor (Ctrl+K)."),
               "område": _("Okänt område: {text}. Välj i listan eller lägg till i Kodlistor (Ctrl+K)."),
               "källa": _("Okänd källa: {text}. Välj i listan eller lägg till i Kodlistor (Ctrl+K).")}
    raise ValidationError(unknown.get(what, unknown["kategori"]).format(text=repr(text)))


class _EnterFilter(QObject):
    """Enter/Return in any entry field adds the incident (a completion popup takes Enter first);
    Esc leaves the editing of an existing incident."""

    def __init__(self, callback, cancel, parent=None):
        super().__init__(parent)
        self.callback = callback
        self.cancel = cancel

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.callback()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            return self.cancel()
        return False


class IncidentEntry(QWidget):
    """The quick entry row for one incident at a time; also edits an existing one (``edit(row)``)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing: dict | None = None
        self._date_set = False  # the date is defaulted once per shown week, then left as the user set it
        self.week: IsoWeek = IsoWeek.of(clock.today())
        self.category = code_combo(self.tr("Kategori"), "entry_category")
        self.area = code_combo(self.tr("Område/plats"), "entry_area")
        self.source = code_combo(self.tr("Källa"), "entry_source")
        self.count = QSpinBox()
        self.count.setObjectName("entry_count")
        self.count.setRange(1, 9999)
        self.count.setToolTip(self.tr("Antal händelser"))
        self.date = DateField(object_name="entry_date")
        self.date.edit.setAccessibleName(self.tr("Datum"))
        self.time = short_field("entry_time", self.tr("TT:MM"),
                                self.tr("Klockslag om det är känt (t.ex. 21:30); lämna tomt annars"),
                                sample="00:00", max_length=8)
        self.time.setAccessibleName(self.tr("Klockslag"))
        self.text = QLineEdit()
        self.text.setObjectName("entry_text")
        self.text.setPlaceholderText(self.tr("Kort beskrivning (inga namn)"))
        # No maxLength: Qt would cut a pasted text silently. The counter warns, the operation refuses.
        self.counter = QLabel()
        self.counter.setObjectName("entry_text_counter")
        self.text.textChanged.connect(self._count_text)
        self._count_text("")
        self.add_button = QPushButton(self.tr("Lägg till"))
        self.add_button.setToolTip(self.tr("Lägg till händelsen (Enter)"))
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setToolTip(self.tr("Avbryt ändringen (Esc)"))
        self.cancel_button.hide()
        self.note = QLabel()
        self.note.setObjectName("entry_note")
        self.note.setStyleSheet(f"color: {colour('#555', '#a8acb0')};")
        # Two rows: what, where, who, how many, when — then the description with room to read it
        # (on one row it was squeezed under its counter when the window is not wide).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widgets in (((self.category, 2), (self.area, 2), (self.source, 2), (self.count, 0), (self.date, 0),
                         (self.time, 0)),
                        ((self.text, 1), (self.counter, 0), (self.add_button, 0), (self.cancel_button, 0))):
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            for w, stretch in widgets:
                row.addWidget(w, stretch)
            layout.addLayout(row)
        layout.addWidget(self.note)
        self.note.hide()
        self.cancel_button.clicked.connect(self.cancel_edit)
        self._enter = _EnterFilter(self.submit, self.cancel_edit, self)
        for w in (self.category.lineEdit(), self.area.lineEdit(), self.source.lineEdit(), self.count,
                  self.date.edit, self.time, self.text):
            w.installEventFilter(self._enter)
        self.add_button.clicked.connect(self.submit)
        self.setTabOrder(self.category, self.area)
        self.setTabOrder(self.area, self.source)
        self.setTabOrder(self.source, self.count)
        self.setTabOrder(self.count, self.date.edit)
        self.setTabOrder(self.date.edit, self.time)
        self.setTabOrder(self.time, self.text)
        self.setTabOrder(self.text, self.add_button)

    def _count_text(self, text: str) -> None:
        """"12/300" beside the description; red and explained when the text is too long."""
        n, limit = len(text.strip()), est_ops.DESCRIPTION_MAX
        self.counter.setText(f"{n}/{limit}")
        over = n > limit
        self.counter.setStyleSheet(f"color: {colour('#b3261e', '#ff8a80') if over else colour('#555', '#a8acb0')};"
                                   + (" font-weight: bold;" if over else ""))
        self.counter.setToolTip(self.tr("Högst %1 tecken i den korta beskrivningen; skriv mer i lägesbilden.")
                                .replace("%1", str(limit)))
        self.counter.setAccessibleName(self.tr("Tecken i beskrivningen: %1 av %2").replace("%1", str(n))
                                       .replace("%2", str(limit)))

    def load(self, week: IsoWeek) -> None:
        """Refresh the code lists and, for another week, default the date to a day in it."""
        store, ag = self.ctx.store, self.ctx.agreement_uuid
        fill_combo(self.category, [(c["label"], c["uuid"]) for c in codelists.codes(store, "incident_category")])
        fill_combo(self.source, [(c["label"], c["uuid"]) for c in codelists.codes(store, "source")])
        fill_combo(self.area, [(p["label"], p["uuid"]) for p in est.entry_places(store, ag)] if ag else [])
        if self.category.count() == 0 and not self.editing:
            self._set_note(self._no_codes_note())
        elif self.note.text() == self._no_codes_note():
            self._set_note("")
        if week != self.week or not self._date_set:
            if week != self.week:
                self.cancel_edit()
                self._set_note("")
            self.week = week
            today = clock.today()
            day = today if week.monday <= today <= week.sunday else week.monday
            self.date.setDate(QDate(day.year, day.month, day.day))
            self._date_set = True
        self.date.near = week.monday + dt.timedelta(days=3)

    def _no_codes_note(self) -> str:
        return self.tr("Det finns inga händelsekategorier ännu: öppna Kodlistor (Ctrl+K) och välj "
                       "”Lägg in standardkoder”.")

    def _resolve(self, combo: QComboBox, what: str, key: str, *, required: bool) -> str | None:
        # While editing, an unchanged text keeps the stored code even if it is no longer active.
        if self.editing and combo.currentText().strip() == (self.editing.get(key) or ""):
            return self.editing.get(f"{key}_uuid")
        return resolve_combo(combo, what, required=required)

    def submit(self) -> bool:
        """Add the incident in the row (or save the one being edited); True when it was written."""
        ag = self.ctx.agreement_uuid
        if not ag:
            return False
        try:
            category = self._resolve(self.category, N_("kategori"), "category", required=True)
            area = self._resolve(self.area, N_("område"), "area", required=False)
            source = self._resolve(self.source, N_("källa"), "source", required=False)
            day = self.date.day()
        except ValidationError as exc:
            QMessageBox.warning(self, "Samverkan Desktop", str(exc))
            if exc.field == "date":
                self.date.setFocus(Qt.FocusReason.OtherFocusReason)
                self.date.edit.selectAll()
            return False
        text = self.text.text().strip()
        if not self.ctx.confirm_free_text(text, parent=self):
            return False
        values = {"occurred_on": day, "category_uuid": category, "area_uuid": area, "source_uuid": source,
                  "count": self.count.value(), "description": text, "occurred_time": self.time.text().strip() or None}
        if self.editing:
            uuid = self.editing["uuid"]
            changes = self.ctx.perform(lambda s: est_ops.update_incident(s, uuid, **values), parent=self)
        else:
            changes = self.ctx.perform(lambda s: est_ops.add_incident(s, ag, **values), parent=self)
        if changes is None:
            if self._bad_time():  # the operation said why; back to the field to correct
                self.time.setFocus(Qt.FocusReason.OtherFocusReason)
                self.time.selectAll()
            return False
        # Show what the typed text was taken as ("jarn" → "Centrum › Järntorget").
        for combo, uuid in ((self.category, category), (self.area, area), (self.source, source)):
            index = combo.findData(uuid) if uuid else -1
            if index >= 0:
                combo.setEditText(combo.itemText(index))
        landed = IsoWeek.of(day)
        self._set_note(self.tr("Händelsen den {day} hör till {week} och visas där.").format(
            day=day.isoformat(), week=landed.prose()) if landed != self.week else "")
        self._leave_edit()
        self.text.clear()
        self.time.clear()
        self.count.setValue(1)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)
        self.category.lineEdit().selectAll()
        return True

    def edit(self, row: dict) -> None:
        """Load an incident of the table into the row; Enter saves it, Esc cancels."""
        self.editing = dict(row)
        for combo, key in ((self.category, "category"), (self.source, "source")):
            combo.setEditText(row.get(key) or "")
        index = self.area.findData(row.get("area_uuid"))
        self.area.setEditText(self.area.itemText(index) if index >= 0 else (row.get("area") or ""))
        if index >= 0:
            self.editing["area"] = self.area.itemText(index)
        self.count.setValue(row["count"])
        day = dt.date.fromisoformat(row["occurred_on"])
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.time.setText(row.get("occurred_time") or "")
        self.text.setText(row.get("description") or "")
        self.add_button.setText(self.tr("Spara ändring"))
        self.cancel_button.show()
        self._set_note(self.tr("Ändrar en registrerad händelse – Enter sparar, Esc avbryter."))
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)
        self.category.lineEdit().selectAll()

    def cancel_edit(self) -> bool:
        """Leave editing without saving; False when nothing was being edited."""
        if not self.editing:
            return False
        self._leave_edit()
        self._set_note("")
        self.text.clear()
        self.time.clear()
        self.count.setValue(1)
        return True

    def _leave_edit(self) -> None:
        self.editing = None
        self.add_button.setText(self.tr("Lägg till"))
        self.cancel_button.hide()

    def _bad_time(self) -> bool:
        from ...core.est.importer import parse_time

        text = self.time.text().strip()
        return bool(text) and parse_time(text) is None

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def entry_date(self) -> dt.date:
        return self.date.day()
