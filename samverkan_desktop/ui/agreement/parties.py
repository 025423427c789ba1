"""The parties of an agreement: any number, each with diarienummer and signatory; the party picker."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from ...core.agreement import ops as agreement_ops
from ...core.agreement import queries as agreements
from ..dialogs import accept_buttons, form_rows, stacked
from ..editors import CommitLineEdit, ErrorLabel
from ..models import Column
from ..row_actions import remove_selected
from ..widgets import current_uuid, select_uuid
from .list_page import OrderedListPage

NEW_PARTY = "__new__"


class PartyPicker(QDialog):
    """Pick a party from the register (Swedish order) or create a new one with its kind."""

    def __init__(self, ctx, exclude: set[str], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Lägg till part"))
        self.party = QComboBox()
        self.party.setObjectName("party_choice")
        for p in agreements.list_parties(ctx.store):
            if p["uuid"] not in exclude:
                self.party.addItem(f"{p['name']} ({p['kind']})", p["uuid"])
        self.party.addItem(self.tr("Ny part …"), NEW_PARTY)
        self.name = QLineEdit()
        self.name.setObjectName("new_party_name")
        self.short = QLineEdit()
        self.kind = QComboBox()
        self.kind.setObjectName("new_party_kind")
        for kind in agreement_ops.PARTY_KINDS:
            self.kind.addItem(kind.capitalize(), kind)
        self.new_box = QGroupBox(self.tr("Ny part"))
        new_form = QFormLayout(self.new_box)
        new_form.addRow(self.tr("&Namn:"), self.name)
        new_form.addRow(self.tr("&Kortnamn:"), self.short)
        new_form.addRow(self.tr("&Typ:"), self.kind)
        self.error = ErrorLabel()
        stacked(self, form_rows([(self.tr("&Part:"), self.party)]), self.new_box, self.error,
                accept_buttons(self, self.accept_choice, self.tr("Lägg till")))
        self.party.currentIndexChanged.connect(self._toggle)
        self._toggle()
        self.chosen: str | None = None

    def _toggle(self, *_args) -> None:
        self.new_box.setEnabled(self.party.currentData() == NEW_PARTY)

    def choose_new(self, name: str, kind: str, short: str = "") -> None:
        """Fill the form as a user creating a new party would (used by tests too)."""
        self.party.setCurrentIndex(self.party.findData(NEW_PARTY))
        self.name.setText(name)
        self.short.setText(short)
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def accept_choice(self) -> None:
        """Create the party if new (one undo step of its own); keep its uuid in ``chosen``."""
        data = self.party.currentData()
        if data == NEW_PARTY:
            name = self.name.text().strip()
            if not name:
                self.error.show_message(self.tr("Skriv den nya partens namn."))
                return
            changes = self.ctx.perform(lambda s: agreement_ops.create_party(
                s, name, self.kind.currentData(), self.short.text()), parent=self)
            if not changes:
                return
            data = changes.created("party")[0]
        self.chosen = data
        self.accept()


class PartiesPage(OrderedListPage):
    """The parties table and the selected party's diarienummer and signatory."""

    move_operation = staticmethod(agreement_ops.move_agreement_party)

    def __init__(self, editor):
        super().__init__(editor, "parties", [Column(self.tr("Part"), "name"), Column(self.tr("Typ"), "kind"),
                                             Column(self.tr("Diarienummer"), "case_number"),
                                             Column(self.tr("Undertecknare"), "signatory_name"),
                                             Column(self.tr("Titel"), "signatory_title")], stretch_column=5)
        row, _ = self.list_buttons(
            (self.tr("Lägg till part…"), self.tr("Välj en part ur registret eller skapa en ny")),
            self.tr("Ta bort ur överenskommelsen"))
        self.problem = ErrorLabel()
        self.problem.setObjectName("error_parties")
        self.edits: dict[str, CommitLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (("case_number", self.tr("&Diarienummer:"), self.tr("t.ex. KS 1382/2023")),
                                 ("signatory_name", self.tr("&Undertecknare:"), self.tr("namn")),
                                 ("signatory_title", self.tr("T&itel:"), self.tr("t.ex. Kommundirektör"))):
            edit = CommitLineEdit(placeholder=hint)
            edit.setObjectName(key)
            edit.committed.connect(lambda text, k=key: self._save(k, text))
            self.edits[key] = edit
            form.addRow(label, edit)
        self.selected = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 2)
        layout.addWidget(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.selected)
        layout.addLayout(form)
        layout.addStretch()

    def load(self, row: dict, problems: dict[str, str]) -> None:
        parties = [{"uuid": p.uuid, **p.__dict__} for p in agreements.agreement_parties(self.ctx.store, row["uuid"])]
        for pos, p in enumerate(parties):
            p["position"] = pos
        self.show_rows(parties)
        self.problem.show_message(problems.get("parties"))

    def _show(self, current, _previous) -> None:
        has = current is not None and current.isValid()
        row = self.model.row_at(current) if has else {}
        self.selected.setText(f"<b>{row.get('name', '')}</b>" if has else self.tr("Ingen part vald."))
        for key, edit in self.edits.items():
            edit.setEnabled(has)
            edit.set_value(row.get(key, ""))

    def _save(self, key: str, text: str) -> None:
        uuid = current_uuid(self.view)
        if uuid and self.ctx.confirm_free_text(text, parent=self):
            self.ctx.perform(lambda s: agreement_ops.update_agreement_party(s, uuid, {key: text}), parent=self)

    def picker(self) -> PartyPicker:
        """The dialog (tests drive it without exec)."""
        exclude = {r["party_uuid"] for r in self.model.rows}
        return PartyPicker(self.ctx, exclude, self)

    def add(self, *, dialog: PartyPicker | None = None) -> None:
        dialog = dialog or self.picker()
        if dialog.chosen is None and dialog.exec() != QDialog.DialogCode.Accepted:
            return
        party = dialog.chosen
        changes = self.ctx.perform(lambda s: agreement_ops.add_agreement_party(s, self.editor.uuid, party),
                                   parent=self)
        if changes:
            select_uuid(self.view, changes.created("agreement_party")[0])
            self.edits["case_number"].setFocus()

    def remove(self) -> None:
        remove_selected(self, self.view, self.tr("Ta bort part"),
                        self.tr("Ta bort den valda parten ur överenskommelsen? Parten finns kvar i registret."),
                        agreement_ops.remove_agreement_party)
