"""The register of contact persons (name, title, party, e-mail, phone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from ...core.agreement import contacts
from ...core.agreement import queries as agreements
from ..editors import ChoiceBox, CommitLineEdit, ErrorLabel, buttons, shortcut
from ..models import Column, RowsModel
from ..row_actions import remove_selected, show_created
from ..widgets import current_uuid, select_uuid, sorted_table


class ContactsPage(QWidget):
    """A sortable list of contact persons and the selected one's fields."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([Column(self.tr("Namn"), "name"), Column(self.tr("Titel"), "title"),
                                Column(self.tr("Part"), "party_name"), Column(self.tr("E-post"), "email"),
                                Column(self.tr("Telefon"), "phone")])
        self.proxy, self.view = sorted_table(self.model, "contacts", stretch_column=1)
        self.view.selectionModel().currentRowChanged.connect(self._show)
        row, _ = buttons((self.tr("Ny kontaktperson"), self.add, self.tr("Lägg till i registret")),
                         (self.tr("Ta bort"), self.remove, self.tr("Delete")))
        shortcut(self.view, Qt.Key.Key_Delete, self.remove, context=Qt.ShortcutContext.WidgetShortcut)
        self.edits: dict = {}
        form = QFormLayout()
        for key, label in (("name", self.tr("&Namn:")), ("title", self.tr("&Titel:")),
                           ("email", self.tr("&E-post:")), ("phone", self.tr("Tele&fon:"))):
            edit = CommitLineEdit()
            edit.setObjectName("contact_" + key)
            edit.committed.connect(lambda text, k=key: self._save(k, text))
            self.edits[key] = edit
            form.addRow(label, edit)
        party = ChoiceBox()
        party.setObjectName("contact_party")
        party.committed.connect(lambda v: self._save("party_uuid", v))
        self.edits["party_uuid"] = party
        form.addRow(self.tr("&Part:"), party)
        self.error = ErrorLabel()
        form.addRow("", self.error)
        left = QVBoxLayout()
        left.addWidget(self.view)
        left.addWidget(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(form, 2)

    def load(self) -> None:
        keep = current_uuid(self.view)
        self.edits["party_uuid"].set_choices(
            [(self.tr("(ingen)"), None)] + [(p["name"], p["uuid"]) for p in agreements.list_parties(self.ctx.store)])
        self.model.set_rows(contacts.list_contacts(self.ctx.store))
        self.view.resizeColumnsToContents()
        select_uuid(self.view, keep)
        self._show(self.view.currentIndex(), None)

    def _show(self, current, _previous) -> None:
        has = current is not None and current.isValid()
        row = self.model.row_at(self.proxy.mapToSource(current)) if has else {}
        for key, edit in self.edits.items():
            edit.setEnabled(has)
            edit.set_value(row.get(key) or (None if key == "party_uuid" else ""))
        self.error.show_message("")

    def _save(self, key: str, value) -> None:
        uuid = current_uuid(self.view)
        if not uuid or not self.error.passes(contacts.check_values, {key: value}):
            return
        self.error.show_message("")
        self.ctx.perform(lambda s: contacts.update_contact(s, uuid, {key: value}), parent=self)

    def add(self) -> None:
        changes = self.ctx.perform(lambda s: contacts.add_contact(s, self.tr("Ny kontaktperson")), parent=self)
        show_created(self.view, changes, "contact_person", self.edits["name"])

    def remove(self) -> None:
        remove_selected(self, self.view, self.tr("Ta bort kontaktperson"),
                        self.tr("Ta bort den valda kontaktpersonen? Resurser som har den som kontakt blir utan."),
                        contacts.delete_contact)
