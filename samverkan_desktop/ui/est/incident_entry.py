"""Fast keyboard entry of incidents and the table of the week's incidents.

The entry row: kategori → område/plats → källa → antal → datum → beskrivning, one Tab each (the date
is one field: "2026-11-17", "17/11", "idag"); Enter in any field adds the incident with what the row
holds and clears it for the next one (category, area and source stay, ready to overtype).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ..editors import delete_note
from ..i18n import _
from ..models import UUID_ROLE, Column, RowsModel, SwedishSortProxy
from ..theme import colour
from ..widgets import make_table, resize_to_contents
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
        self.text = QLineEdit()
        self.text.setMinimumWidth(220)  # stays readable when the edit buttons show
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
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.category, 2), (self.area, 2), (self.source, 2), (self.count, 0),
                           (self.date, 0), (self.text, 4), (self.counter, 0), (self.add_button, 0),
                           (self.cancel_button, 0)):
            row.addWidget(w, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.note.hide()
        self.cancel_button.clicked.connect(self.cancel_edit)
        self._enter = _EnterFilter(self.submit, self.cancel_edit, self)
        for w in (self.category.lineEdit(), self.area.lineEdit(), self.source.lineEdit(), self.count,
                  self.date.edit, self.text):
            w.installEventFilter(self._enter)
        self.add_button.clicked.connect(self.submit)
        self.setTabOrder(self.category, self.area)
        self.setTabOrder(self.area, self.source)
        self.setTabOrder(self.source, self.count)
        self.setTabOrder(self.count, self.date.edit)
        self.setTabOrder(self.date.edit, self.text)
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
                  "count": self.count.value(), "description": text}
        if self.editing:
            uuid = self.editing["uuid"]
            changes = self.ctx.perform(lambda s: est_ops.update_incident(s, uuid, **values), parent=self)
        else:
            changes = self.ctx.perform(lambda s: est_ops.add_incident(s, ag, **values), parent=self)
        if changes is None:
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
        self.count.setValue(1)
        return True

    def _leave_edit(self) -> None:
        self.editing = None
        self.add_button.setText(self.tr("Lägg till"))
        self.cancel_button.hide()

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def entry_date(self) -> dt.date:
        return self.date.day()


class IncidentsPanel(QWidget):
    """The entry row above a filterable, sortable table of the week's incidents."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.kommun = None  # a core.est.kommun.Kommun: only its incidents
        self.ctx = ctx
        self.entry = IncidentEntry(ctx)
        self.model = RowsModel([
            Column(self.tr("Datum"), "occurred_on"), Column(self.tr("Kategori"), "category"),
            Column(self.tr("Område/plats"), "area"), Column(self.tr("Källa"), "source"),
            Column(self.tr("Antal"), "count", align_right=True),
            Column(self.tr("Beskrivning"), "description", tooltip=lambda r: r["description"]),
        ])
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, stretch_column=5)
        self.table.setObjectName("incident_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrera händelser (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.summary = QLabel()
        self.summary.setObjectName("incident_summary")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Händelser</b>")))
        head.addWidget(self.summary, 1)
        head.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        edit = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        edit.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit.activated.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.proxy.dataChanged.connect(self._update_summary)  # an edited row (set_rows keeps the model)
        self.filter.textChanged.connect(self._update_summary)

    def load(self, week: IsoWeek) -> None:
        ag = self.ctx.agreement_uuid
        self.entry.load(week)
        self.model.set_rows(est.incidents_in_week(self.ctx.store, ag, week.year, week.week, kommun=self.kommun)
                            if ag else [])
        resize_to_contents(self.table, 240)

    def _update_summary(self, *_args) -> None:
        rows = self.model.rows
        total = sum(r["count"] for r in rows)
        shown = self.proxy.rowCount()
        text = (self.tr("1 registrering") if len(rows) == 1
                else self.tr("{n} registreringar").format(n=len(rows))) + ", " + (
            self.tr("1 händelse") if total == 1 else self.tr("{n} händelser").format(n=total))
        if shown != len(rows):
            text += " – " + self.tr("{n} visas").format(n=shown)
        self.summary.setText(text)

    def edit_current(self) -> None:
        """Load the current incident into the entry row for editing (Enter or double-click)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.entry.edit(self.model.row_at(self.proxy.mapToSource(index)))

    def selected_uuids(self) -> list[str]:
        return [i.data(UUID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def delete_selected(self) -> None:
        """Delete the selected incidents after a confirmation (one undo step)."""
        uuids = self.selected_uuids()
        if not uuids:
            return
        question = (self.tr("Ta bort den markerade händelsen?") if len(uuids) == 1 else
                    self.tr("Ta bort de {n} markerade händelserna?").format(n=len(uuids)))
        answer = QMessageBox.question(self, self.tr("Ta bort händelser"), question + "\n\n" + delete_note(),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.perform(lambda s: est_ops.delete_incidents(s, uuids), parent=self)
