"""Aktörer…: the agreement's register of EST actors (bostadsbolag, räddningstjänst, skola …) with
their contact persons. Parties are actors too; they are listed (read-only) for completeness."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit

from ...core.agreement.queries import agreement_parties
from ...core.est import actors
from ...core.est.codelists import SOURCE, codes
from ..dialogs import close_button, form_rows, stacked
from ..models import Column, RowsModel
from ..row_actions import perform_on
from ..widgets import control_row, current_uuid, heading, make_table, panel, push_button, select_uuid, split


class ActorsDialog(QDialog):
    """The register on the left, the chosen actor and its contacts on the right."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Aktörer i EST"))
        self.model = RowsModel([Column(self.tr("Aktör"), "name"), Column(self.tr("Sort"), "kind"),
                                Column(self.tr("Rapporterar som källa"), lambda r: r["source"] or ""),
                                Column(self.tr("Öppna åtgärder"), "open_actions", align_right=True)])
        self.table = make_table(self.model, stretch_column=0)
        self.table.setObjectName("actors_table")
        self.parties = QLabel()
        self.parties.setWordWrap(True)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in actors.KINDS:
            self.kind.addItem(QCoreApplication.translate("", kind), kind)
        self.source = QComboBox()
        self.party = QComboBox()
        self.description = QLineEdit()
        self.contacts = RowsModel([Column(self.tr("Kontaktperson"), "name"), Column(self.tr("Titel"), "title"),
                                   Column(self.tr("E-post"), "email"), Column(self.tr("Telefon"), "phone")])
        self.contacts_table = make_table(self.contacts, stretch_column=0)
        self.contact_name, self.contact_title = QLineEdit(), QLineEdit()
        self.contact_email, self.contact_phone = QLineEdit(), QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Namn"))
        self.contact_title.setPlaceholderText(self.tr("Titel"))
        self.contact_email.setPlaceholderText(self.tr("E-post"))
        self.contact_phone.setPlaceholderText(self.tr("Telefon"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())

        left = panel(heading(self.tr("Register")), (self.table, 1), self.parties,
                     control_row(push_button(self.tr("Ny aktör"), self.new_actor),
                                 push_button(self.tr("Ta bort"), self.delete_actor), None))
        form = form_rows([(self.tr("&Namn:"), self.name), (self.tr("S&ort:"), self.kind),
                          (self.tr("Rapporterar som &källa:"), self.source), (self.tr("Är &part:"), self.party),
                          (self.tr("&Beskrivning:"), self.description)])
        contact_line = control_row(self.contact_name, self.contact_title, self.contact_email, self.contact_phone,
                                   push_button(self.tr("Lägg till kontakt"), self.add_contact))
        right = panel(heading(self.tr("Aktören")), form, push_button(self.tr("Spara aktören"), self.save_actor),
                      heading(self.tr("Kontaktpersoner")), (self.contacts_table, 1), contact_line,
                      push_button(self.tr("Ta bort kontakt"), self.delete_contact))
        stacked(self, (split(left, right), 1), close_button(self))
        self.resize(980, 560)
        self.ctx.hub.changed.connect(self._changed)
        self.load()

    def _changed(self, changes) -> None:
        if changes.touches("actor", "actor_contact", "action", "code_item", "party"):
            self.load()

    def load(self, select: str | None = None) -> None:
        store, ag = self.ctx.store, self.ctx.agreement_uuid
        current = select or self.selected_uuid()
        self.model.set_rows(actors.list_actors(store, ag) if ag else [])
        names = ", ".join(p.name for p in agreement_parties(store, ag)) if ag else ""
        self.parties.setText(self.tr("Parterna är också aktörer: %1").replace("%1", names))
        for combo, items in ((self.source, [(c["label"], c["uuid"]) for c in codes(store, SOURCE)]),
                             (self.party, [(p.name, p.party_uuid) for p in agreement_parties(store, ag)] if ag else [])):
            combo.clear()
            combo.addItem(self.tr("(ingen)"), None)
            for label, uuid in items:
                combo.addItem(label, uuid)
        select_uuid(self.table, current, or_first=False)
        self._show()

    def selected_uuid(self) -> str | None:
        return current_uuid(self.table)

    def _show(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.model.rows if r["uuid"] == uuid), None) or {}
        self.name.setText(row.get("name", ""))
        self.kind.setCurrentIndex(max(self.kind.findData(row.get("kind", "annan")), 0))
        self.source.setCurrentIndex(max(self.source.findData(row.get("source_uuid")), 0))
        self.party.setCurrentIndex(max(self.party.findData(row.get("party_uuid")), 0))
        self.description.setText(row.get("description", ""))
        self.contacts.set_rows(actors.list_contacts(self.ctx.store, uuid) if uuid else [])

    def _values(self) -> dict:
        return {"name": self.name.text(), "kind": self.kind.currentData(), "source_uuid": self.source.currentData(),
                "party_uuid": self.party.currentData(), "description": self.description.text()}

    def new_actor(self) -> None:
        ag = self.ctx.agreement_uuid
        changes = self.ctx.perform(lambda s: actors.add_actor(s, ag, name=self.tr("Ny aktör")), parent=self)
        if changes:
            self.load(select=changes.created("actor")[0])
            self.name.setFocus()
            self.name.selectAll()

    def save_actor(self) -> None:
        uuid, values = self.selected_uuid(), self._values()
        if not uuid:
            ag = self.ctx.agreement_uuid
            changes = self.ctx.perform(lambda s: actors.add_actor(s, ag, **values), parent=self)
            if changes:
                self.load(select=changes.created("actor")[0])
            return
        if self.ctx.confirm_free_text(values["description"], parent=self):
            self.ctx.perform(lambda s: actors.update_actor(s, uuid, **values), parent=self)

    def delete_actor(self) -> None:
        perform_on(self, self.selected_uuid(), actors.delete_actor)

    def add_contact(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        values = {"name": self.contact_name.text(), "title": self.contact_title.text(),
                  "email": self.contact_email.text(), "phone": self.contact_phone.text()}
        if self.ctx.perform(lambda s: actors.add_contact(s, uuid, **values), parent=self):
            for w in (self.contact_name, self.contact_title, self.contact_email, self.contact_phone):
                w.clear()

    def delete_contact(self) -> None:
        perform_on(self, current_uuid(self.contacts_table), actors.delete_contact)
