"""Lägesbild: one kommun's lägesbild for a year or a tertial (Lag 2023:196 4 §), edited here.

Kommun and period on top; "Skapa från EST" starts it with the kartläggning's figures and the
kommun's active problems; the five sections are texts, the figures a table (every cell editable),
the prioritised problems a checklist. Spara (Ctrl+S) saves the texts as one undo step.
"Fastställ" freezes it; the PDF prints it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.est import queries as est
from ...core.est.kommun import kommun_of
from ...core.follow_up import action_plan
from ...core.follow_up import lagesbild as L
from ...core.periods import Period
from ...core.store.stamps import today
from ..dialogs import stacked
from ..widgets import control_row, heading, make_table, push_button, split
from .common import EditableModel, Field, save_pdf, save_shortcut


class LagesbildPage(QWidget):
    """The lägesbild editor: sections on the left, figures and prioritised problems on the right."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_export = None
        self.row: dict | None = None
        self._shown: str | None = None
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Kommun"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.tertial = QComboBox()
        self.tertial.addItem(self.tr("helår"), None)
        for t in (1, 2, 3):
            self.tertial.addItem(f"T{t}", t)
        for signal in (self.party.currentIndexChanged, self.year.valueChanged, self.tertial.currentIndexChanged):
            signal.connect(lambda *_: self._switch())
        self.state = QLabel()
        self.state.setObjectName("lagesbild_state")
        self.state.setWordWrap(True)
        self.create_button = push_button(self.tr("Skapa från EST"), self.create,
                                         self.tr("Starta lägesbilden med siffror och aktiva problem ur EST"))
        self.refresh_button = push_button(self.tr("Hämta siffror igen"), self.refresh_figures,
                                          self.tr("Fyll kartläggningens siffror på nytt ur EST (texterna behålls)"))
        self.save_button = push_button(self.tr("Spara"), self.save)
        self.established_by = QLineEdit()
        self.established_by.setPlaceholderText(self.tr("t.ex. Kommunstyrelsen, § 70"))
        self.established_on = QLineEdit()
        self.established_on.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.establish_button = push_button(self.tr("Fastställ"), self.establish,
                                            self.tr("Lägesbilden låses och skrivs ut som den fastställdes"))
        self.pdf_button = push_button(self.tr("Lägesbild (PDF)…"), self.export_pdf)
        self.editors: dict[str, QPlainTextEdit] = {}
        titles = {"mapping": self.tr("1. Kartläggning"), "extent": self.tr("2. Omfattning och konsekvenser"),
                  "other_info": self.tr("3. Annan relevant information (trygghetsmätning, skolenkäter …)"),
                  "analysis": self.tr("4. Analys"), "priorities": self.tr("5. Prioriterade problem")}
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        for key in L.SECTIONS:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setObjectName(f"lagesbild_{key}")
            self.editors[key] = editor
            lv.addWidget(QLabel(f"<b>{titles[key]}</b>"))
            lv.addWidget(editor, 1)
        self.figures = EditableModel([
            Field(self.tr("Avsnitt"), "section", editable=True), Field(self.tr("Uppgift"), "label", editable=True),
            Field(self.tr("Perioden"), "value", editable=True), Field(self.tr("Året innan"), "previous", editable=True),
            Field(self.tr("Kommentar"), "note", editable=True)], commit=self._commit_figure)
        self.figures_table = make_table(self.figures, stretch_column=1)
        self.figures_table.setSortingEnabled(False)
        self.problems = QListWidget()
        self.problems.setObjectName("lagesbild_problems")
        self.problems.itemChanged.connect(self._problem_toggled)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("<b>Kartläggningens siffror</b> (ur EST, går att ändra)")))
        rv.addWidget(self.figures_table, 3)
        rv.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        rv.addWidget(QLabel(self.tr("<b>Prioriterade problem</b> (kommunens problem i EST; åtgärdsplanens rader "
                                    "kopplas till dem)")))
        rv.addWidget(self.problems, 2)
        splitter = split(left, right, sizes=(560, 620))

        top = control_row((self.tr("&Kommun:"), self.party, 1), (self.tr("&År:"), self.year),
                          (self.tr("&Period:"), self.tertial), self.create_button, None, self.pdf_button)
        form = QFormLayout()
        form.addRow(self.tr("Fastställd av:"),
                    control_row((self.established_by, 2), (self.established_on, 1), self.establish_button))
        bottom = control_row((form, 1), self.save_button)
        stacked(self, heading(self.tr("Lägesbild (lag 2023:196, 4 §)")), top, self.state, (splitter, 1), bottom)
        save_shortcut(self, self.save)

    # -- loading ---------------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period(self.year.value(), self.tertial.currentData())

    def refresh(self) -> None:
        ag = self.ctx.agreement_uuid
        current = self.party.currentData()
        self.party.blockSignals(True)
        self.party.clear()
        for p in action_plan.municipalities(self.ctx.store, ag) if ag else []:
            self.party.addItem(p["name"], p["uuid"])
        self.party.setCurrentIndex(max(self.party.findData(current), 0))
        self.party.blockSignals(False)
        self.load()

    def _switch(self) -> None:
        """Another kommun or period: what was typed for the one on screen is saved first."""
        if self.row and any(e.document().isModified() for e in self.editors.values()):
            self.save()
        for editor in self.editors.values():
            editor.document().setModified(False)
        self.load()

    def set_kommun(self, name: str) -> None:
        self.party.setCurrentIndex(max(self.party.findText(name), 0))

    def load(self) -> None:
        ag, party = self.ctx.agreement_uuid, self.party.currentData()
        store = self.ctx.store
        self.row = L.find(store, ag, party, self.period) if ag and party else None
        row = self.row or {}
        for key, editor in self.editors.items():
            if not editor.document().isModified():
                editor.setPlainText(row.get(key, ""))
                editor.document().setModified(False)
        self.figures.set_rows([{"uuid": i, **f} for i, f in enumerate(L.figures(row))] if row else [], key="uuid")
        self.problems.blockSignals(True)
        self.problems.clear()
        kommun = kommun_of(store, ag, party) if ag and party else None
        chosen = {p["uuid"] for p in L.problems(store, row["uuid"])} if row else set()
        for p in est.list_problems(store, ag, include_closed=True, kommun=kommun) if kommun else []:
            item = QListWidgetItem(f"{p['priority']}  {p['description']} ({p['area'] or '–'}, {p['status']})")
            item.setData(Qt.ItemDataRole.UserRole, p["uuid"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p["uuid"] in chosen else Qt.CheckState.Unchecked)
            self.problems.addItem(item)
        self.problems.blockSignals(False)
        draft = bool(row) and row["status"] == "utkast"
        if not row:
            self.state.setText(self.tr("Ingen lägesbild för %1 ännu: Skapa från EST fyller kartläggningen.")
                               .replace("%1", self.period.label()))
        elif draft:
            self.state.setText(self.tr("Utkast – senast ändrad %1.").replace("%1", row["updated_at"][:10]))
        else:
            self.state.setText(self.tr("Fastställd %1 av %2: låst.").replace("%1", row["established_on"] or "")
                               .replace("%2", row["established_by"]))
        if row.get("uuid") != self._shown or not draft:  # a refresh keeps what is being typed
            self.established_by.setText(row.get("established_by", ""))
            self.established_on.setText(row.get("established_on") or today().isoformat())
        self._shown = row.get("uuid")
        for editor in self.editors.values():
            editor.setReadOnly(not draft)
        self.problems.setEnabled(draft)
        self.figures.commit = self._commit_figure if draft else None
        for widget in (self.refresh_button, self.save_button, self.establish_button, self.established_by,
                       self.established_on):
            widget.setEnabled(draft)
        self.create_button.setEnabled(bool(ag and party) and not row)
        self.pdf_button.setEnabled(bool(ag and party))

    # -- editing ---------------------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {key: editor.toPlainText() for key, editor in self.editors.items()}

    def create(self) -> None:
        ag, party, period = self.ctx.agreement_uuid, self.party.currentData(), self.period
        self.ctx.perform(lambda s: L.create(s, ag, party, period), parent=self)
        self.load()

    def save(self) -> None:
        if not self.row or self.row["status"] != "utkast":
            return
        texts, uuid = self.texts(), self.row["uuid"]
        if not self.ctx.confirm_free_text(*texts.values(), parent=self):
            return
        if self.ctx.perform(lambda s: L.update(s, uuid, **texts), parent=self) is not None:
            for editor in self.editors.values():
                editor.document().setModified(False)
            self.load()

    def _commit_figure(self, row: dict, key: str, value) -> bool:
        if not self.row:
            return False
        rows = [dict(r) for r in self.figures.rows]
        rows[row["uuid"]][key] = value
        uuid = self.row["uuid"]
        if self.ctx.perform(lambda s: L.update(s, uuid, figures=rows), parent=self) is None:
            return False
        self.load()
        return True

    def _problem_toggled(self, item: QListWidgetItem) -> None:
        if not self.row:
            return
        uuid, problem = self.row["uuid"], item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        self.ctx.perform(lambda s: L.set_problem(s, uuid, problem, checked), parent=self)
        self.load()

    def refresh_figures(self) -> None:
        if self.row:
            uuid = self.row["uuid"]
            self.ctx.perform(lambda s: L.refresh_figures(s, uuid), parent=self)
            self.load()

    def establish(self) -> None:
        if not self.row:
            return
        uuid, by, on = self.row["uuid"], self.established_by.text(), self.established_on.text()
        self.save()
        self.ctx.perform(lambda s: L.establish(s, uuid, on=on, by=by), parent=self)
        self.load()

    def export_pdf(self) -> None:
        self.save()
        period = self.period
        kommun = self.party.currentText()
        save_pdf(self, "lagesbild", f"lagesbild-{kommun}-{period}.pdf",
                 {"agreement": self.ctx.agreement_uuid, "kommun": self.party.currentData(),
                  "period": str(period)})
