"""Importera händelser: pick a CSV/Excel file, map its columns and unknown values, preview, import.

Reading, checking and writing all run on the task worker (``ctx.tasks``); the import is one
transaction and lands on the undo stack as one step (``ui.undo.push``).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.est import codelists
from ...core.est.areas import agreement_areas
from ...core.est.import_table import (
    FIELD_LABELS,
    FIELDS,
    REQUIRED,
    ColumnMapping,
    Table,
    guess_mapping,
    read_table,
)
from ...core.est.importer import CREATE, KIND_LABELS, ImportPlan, apply_import, plan_import
from ...core.store.records import OpChanges
from ..i18n import core_text
from ..models import Column, RowsModel
from ..widgets import make_table, push_button, resize_to_contents

PREVIEW_ROWS = 500
SKIP = ""


class ImportDialog(QDialog):
    """The import wizard on one page. ``imported(OpChanges)`` fires after a successful import."""

    imported = Signal(object)
    planned = Signal(object)  # the ImportPlan now shown (tests wait on it)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Importera händelser"))
        self.resize(980, 720)
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self._generation = 0
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Välj en CSV- eller Excelfil (.xlsx) med en rubrikrad"))
        self.browse_button = push_button(self.tr("&Välj fil…"), self.browse)
        self.column_boxes: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Kolumner i filen"))
        form = QFormLayout(mapping_box)
        for name in FIELDS:
            box = QComboBox()
            box.currentIndexChanged.connect(self.replan)
            self.column_boxes[name] = box
            form.addRow(f"{core_text(FIELD_LABELS[name])}{' *' if name in REQUIRED else ''}:", box)
        self.unknown_boxes: dict[tuple[str, str], QComboBox] = {}
        self.unknown_area = QWidget()
        self.unknown_grid = QGridLayout(self.unknown_area)
        self.unknown_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        unknown_scroll = QScrollArea()
        unknown_scroll.setWidgetResizable(True)
        unknown_scroll.setWidget(self.unknown_area)
        unknown_box = QGroupBox(self.tr("Okända värden: koppla till en befintlig kod eller skapa en ny"))
        QVBoxLayout(unknown_box).addWidget(unknown_scroll)
        self.valid = RowsModel([
            Column(self.tr("Rad"), "line", align_right=True), Column(self.tr("Datum"), "occurred_on"),
            Column(self.tr("Vecka"), "week"), Column(self.tr("Kategori"), "category"),
            Column(self.tr("Område"), "area"), Column(self.tr("Källa"), "source"),
            Column(self.tr("Antal"), "count", align_right=True), Column(self.tr("Beskrivning"), "description")])
        self.invalid = RowsModel([Column(self.tr("Rad"), "line", align_right=True),
                                  Column(self.tr("Orsak"), "reason")])
        self.valid_view = make_table(self.valid, stretch_column=7)
        self.invalid_view = make_table(self.invalid, stretch_column=1)
        self.preview = QTabWidget()
        self.preview.addTab(self.valid_view, self.tr("Rader som importeras"))
        self.preview.addTab(self.invalid_view, self.tr("Rader som hoppas över"))
        self.summary = QLabel(self.tr("Ingen fil vald."))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importera"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fil:")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.browse_button)
        middle = QHBoxLayout()
        middle.addWidget(mapping_box, 2)
        middle.addWidget(unknown_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # -- step 1: the file ----------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Välj fil med händelser"), str(Path.home()),
                                              self.tr("Händelser (*.csv *.xlsx *.txt);;Alla filer (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path):
        """Read ``path`` in the background; the preview follows. Returns the task."""
        self.path_edit.setText(str(path))
        self.summary.setText(self.tr("Läser filen …"))
        self.import_button.setEnabled(False)
        return self.ctx.tasks.run(self.tr("Läser filen …"), lambda _progress: read_table(path),
                                  on_success=self._file_read, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("<b>Filen kan inte användas:</b> %1").replace("%1", str(exc)))
        self.import_button.setEnabled(False)

    def _file_read(self, table: Table) -> None:
        self.table = table
        guess = guess_mapping(table.headers)
        for name, box in self.column_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(ingen)"), None)
            for i, header in enumerate(table.headers):
                box.addItem(header or self.tr("kolumn %1").replace("%1", str(i + 1)), i)
            index = box.findData(guess.get(name))
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
        self._clear_unknown()
        self.replan()

    # -- step 2 and 3: mapping and preview ----------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{name: box.currentData() for name, box in self.column_boxes.items()})

    def code_mapping(self) -> dict[tuple[str, str], str]:
        return {key: box.currentData() for key, box in self.unknown_boxes.items() if box.currentData()}

    def replan(self, *_args):
        """Check the rows again with the current choices (in the background). Returns the task."""
        if self.table is None or not self.ctx.agreement_uuid:
            return None
        mapping = self.mapping()
        if mapping.missing():
            missing = ", ".join(mapping.missing())
            self.summary.setText(self.tr("Välj vilken kolumn som innehåller: %1.").replace("%1", missing))
            self.import_button.setEnabled(False)
            return None
        self._generation += 1
        generation, table, codes = self._generation, self.table, self.code_mapping()
        store, agreement = self.ctx.store, self.ctx.agreement_uuid
        self.summary.setText(self.tr("Kontrollerar raderna …"))

        def done(plan: ImportPlan) -> None:
            if generation == self._generation:
                self._show_plan(plan)

        return self.ctx.tasks.run(self.tr("Kontrollerar raderna …"), lambda progress: plan_import(
            store, agreement, table, mapping, codes, progress=progress), on_success=done, on_failure=self._failed)

    def _clear_unknown(self) -> None:
        while self.unknown_grid.count():
            item = self.unknown_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.unknown_boxes.clear()

    def _choices(self, kind: str) -> list[tuple[str, str]]:
        store, agreement = self.ctx.store, self.ctx.agreement_uuid
        if kind == "area":
            return [(f"{a.name} ({a.level})", a.uuid) for a in agreement_areas(store, agreement) if a.level != "kommun"]
        list_name = codelists.INCIDENT_CATEGORY if kind == "category" else codelists.SOURCE
        return [(c["label"], c["uuid"]) for c in codelists.codes(store, list_name)]

    def _show_unknown(self, plan: ImportPlan) -> None:
        present = {u.key for u in plan.unknown}
        if set(self.unknown_boxes) == present:
            return
        chosen = self.code_mapping()
        self._clear_unknown()
        if not plan.unknown:
            self.unknown_grid.addWidget(QLabel(self.tr("Alla kategorier, områden och källor i filen är kända.")),
                                        0, 0)
            return
        for row, u in enumerate(plan.unknown):
            text = self.tr("%1 <b>%2</b> (%3 rader)").replace("%1", core_text(KIND_LABELS[u.kind]).capitalize())
            text = text.replace("%3", str(u.rows)).replace("%2", escape(u.label))  # the file's text last
            self.unknown_grid.addWidget(QLabel(text), row, 0)
            box = QComboBox()
            box.addItem(self.tr("Hoppa över raderna"), SKIP)
            box.addItem(self.tr("Skapa ny: %1").replace("%1", u.label), CREATE)
            for label, uuid in self._choices(u.kind):
                box.addItem(f"→ {label}", uuid)
            box.setCurrentIndex(max(box.findData(chosen.get(u.key, SKIP)), 0))
            box.currentIndexChanged.connect(self.replan)
            self.unknown_boxes[u.key] = box
            self.unknown_grid.addWidget(box, row, 1)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_unknown(plan)
        names = self._names()
        self.valid.set_rows([{
            "line": r.line, "occurred_on": r.occurred_on, "week": f"{r.iso_year}-v{r.iso_week:02d}",
            "category": names.get(_ref(r.category), ""), "area": names.get(_ref(r.area), ""),
            "source": names.get(_ref(r.source), ""), "count": r.count, "description": r.description,
        } for r in plan.rows[:PREVIEW_ROWS]])
        self.invalid.set_rows([{"line": b.line, "reason": b.reason} for b in plan.invalid])
        resize_to_contents(self.valid_view, 220)
        resize_to_contents(self.invalid_view, 120)
        self.preview.setTabText(0, self.tr("Rader som importeras (%1)").replace("%1", str(len(plan.rows))))
        self.preview.setTabText(1, self.tr("Rader som hoppas över (%1)").replace("%1", str(len(plan.invalid))))
        more = (self.tr(" De första %1 visas.").replace("%1", str(PREVIEW_ROWS))
                if len(plan.rows) > PREVIEW_ROWS else "")
        self.summary.setText(self.tr("<b>%1 rader</b> (%2 händelser) importeras, <b>%3 rader</b> hoppas över.%4")
                             .replace("%1", str(len(plan.rows))).replace("%2", str(plan.incident_total))
                             .replace("%3", str(len(plan.invalid))).replace("%4", more))
        self.import_button.setEnabled(bool(plan.rows))
        self.planned.emit(plan)

    def _names(self) -> dict:
        names = {uuid: label for kind in ("category", "source") for label, uuid in self._choices(kind)}
        names.update({a.uuid: a.name for a in agreement_areas(self.ctx.store, self.ctx.agreement_uuid)})
        create_prefix = self.tr("Skapa ny: %1").split("%1")[0]
        for key, box in self.unknown_boxes.items():
            names[key] = self.tr("%1 (ny)").replace("%1", box.currentText().removeprefix(create_prefix))
        return names

    # -- step 4: the import ----------------------------------------------------------------------

    def run_import(self):
        """Write the shown plan in one transaction off the UI thread; one undo step. Returns the task."""
        plan = self.plan
        if plan is None or not plan.rows:
            return None
        self.import_button.setEnabled(False)

        def done(changes: OpChanges) -> None:
            self.imported.emit(changes)
            self.accept()

        task = self.ctx.perform_in_background(
            self.tr("Importerar %1 rader …").replace("%1", str(len(plan.rows))),
            lambda store, progress: apply_import(store, plan, progress=progress), parent=self,
            on_success=done, on_failure=lambda _exc: self.import_button.setEnabled(True))
        # A cancelled import wrote nothing (the transaction rolled back): the user may try again.
        task.finished.connect(lambda ok, _payload: None if ok else self.import_button.setEnabled(True))
        return task


def _ref(value):
    """A planned code as a key into the names: a uuid, or (kind, label) for one to create."""
    return (value[1], value[2]) if isinstance(value, tuple) else value
