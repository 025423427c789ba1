"""The editor of one guaranteed resource: party, text, forms, function, holder, contact, status, extent."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...core.agreement import contacts, resource_ops, resources
from ...core.agreement import queries as agreements
from ...core.errors import ValidationError
from ..editors import CheckList, ChoiceBox, CommitLineEdit, CommitTextEdit, ErrorLabel

# Keys are stored status values; the values are labels, translated where shown (status_label).
STATUS_LABELS = {"tillsatt": QT_TRANSLATE_NOOP("ResourceEditor", "Tillsatt"),
                 "vakant": QT_TRANSLATE_NOOP("ResourceEditor", "Vakant"),
                 "under rekrytering": QT_TRANSLATE_NOOP("ResourceEditor", "Under rekrytering")}


def status_label(status: str) -> str:
    """A resource status as a choice label (translated)."""
    if status in STATUS_LABELS:
        return QCoreApplication.translate("ResourceEditor", STATUS_LABELS[status])
    return status.capitalize()


class ResourceEditor(QWidget):
    """Edits the resource ``uuid``; each field commits on its own (one undo step)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None
        self.title = QLabel("<b>" + self.tr("Resurs") + "</b>")
        self.party = ChoiceBox()
        self.party.setObjectName("resource_party")
        self.party.committed.connect(lambda v: self.save("party_uuid", v))
        self.text = CommitTextEdit(lines=3, placeholder=self.tr("Resursen som den står i överenskommelsen"))
        self.text.setObjectName("resource_text")
        self.text.committed.connect(lambda t: self.save("text", t))
        self.forms = CheckList()
        self.forms.setObjectName("resource_forms")
        self.forms.setMinimumHeight(130)
        self.forms.committed.connect(self.save_forms)
        self.function = CommitLineEdit(placeholder=self.tr("t.ex. Kommunpolis"))
        self.function.setObjectName("resource_function")
        self.function.committed.connect(lambda t: self.save("function_role", t))
        self.holder = CommitLineEdit(placeholder=self.tr("namn på den som har uppdraget (frivilligt)"))
        self.holder.setObjectName("resource_holder")
        self.holder.committed.connect(lambda t: self.save("holder", t))
        self.contact = ChoiceBox()
        self.contact.setObjectName("resource_contact")
        self.contact.committed.connect(lambda v: self.save("contact_uuid", v))
        self.status = ChoiceBox()
        self.status.setObjectName("resource_status")
        self.status.set_choices([(status_label(s), s) for s in resource_ops.RESOURCE_STATUSES])
        self.status.committed.connect(lambda v: self.save("status", v))
        self.fte = CommitLineEdit(placeholder=self.tr("årsarbetskrafter, t.ex. 0,5"))
        self.fte.setObjectName("resource_fte")
        self.fte.committed.connect(lambda t: self.save("extent_fte", t))
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.title)
        form.addRow(self.tr("&Part:"), self.party)
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("Samverkans&former:"), self.forms)
        form.addRow(self.tr("F&unktion/roll:"), self.function)
        form.addRow(self.tr("&Innehavare:"), self.holder)
        form.addRow(self.tr("&Kontaktperson:"), self.contact)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Omfattning (åa):"), self.fte)
        form.addRow("", self.error)
        self.load(None, None)

    def load(self, agreement_uuid: str | None, uuid: str | None) -> None:
        """Show resource ``uuid`` of the agreement (None: nothing selected)."""
        self.uuid = uuid
        row = self.ctx.store.get("guaranteed_resource", uuid) if uuid else None
        if row is not None and row["deleted"]:
            row = None
        for w in (self.party, self.text, self.forms, self.function, self.holder, self.contact, self.status,
                  self.fte):
            w.setEnabled(row is not None)
        self.error.show_message("")
        if row is None:
            self.title.setText("<b>" + self.tr("Ingen resurs vald") + "</b>")
            for w in (self.text, self.function, self.holder, self.fte):
                w.set_value("")
            self.forms.set_items([], [])
            return
        self._show_title(row["status"])
        parties = agreements.agreement_parties(self.ctx.store, agreement_uuid)
        choices = [(p.name, p.party_uuid) for p in parties]
        if row["party_uuid"] not in {u for _n, u in choices}:  # the party has left the agreement
            name = self.ctx.store.get("party", row["party_uuid"])["name"]
            choices.append((self.tr("%1 (ej part)").replace("%1", str(name)), row["party_uuid"]))
        self.party.set_choices(choices, row["party_uuid"])
        self.text.set_value(row["text"])
        forms = agreements.list_forms(self.ctx.store, agreement_uuid)
        self.forms.set_items([(f["name"] + (f" ({f['abbreviation']})" if f["abbreviation"] else ""), f["uuid"])
                              for f in forms], resources.resource_form_uuids(self.ctx.store, uuid))
        self.function.set_value(row["function_role"])
        self.holder.set_value(row["holder"])
        people = contacts.list_contacts(self.ctx.store)
        self.contact.set_choices([(self.tr("(ingen)"), None)] + [
            (f"{c['name']}" + (f", {c['title']}" if c["title"] else "") + (f" – {c['party_name']}"
                                                                          if c["party_name"] else ""), c["uuid"])
            for c in people], row["contact_uuid"])
        self.status.set_value(row["status"])
        fte = row["extent_fte"]
        self.fte.set_value("" if fte is None else f"{fte:g}".replace(".", ","))

    def save(self, key: str, value) -> None:
        uuid = self.uuid
        if not uuid:
            return
        try:
            resource_ops.check_values({key: value})
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        if isinstance(value, str) and key in ("text", "holder", "function_role") \
                and not self.ctx.confirm_free_text(value, parent=self):
            return
        self.error.show_message("")
        if self.ctx.perform(lambda s: resource_ops.update_resource(s, uuid, {key: value}), parent=self) \
                and key == "status":
            self._show_title(value)

    def save_forms(self, form_uuids: list) -> None:
        uuid = self.uuid
        if uuid:
            self.ctx.perform(lambda s: resource_ops.set_resource_forms(s, uuid, form_uuids), parent=self)

    def _show_title(self, status: str) -> None:
        self.title.setText("<b>" + self.tr("Resurs") + "</b>"
                           + (" — <span style='color:#b3261e'>" + self.tr("VAKANT") + "</span>"
                              if status == "vakant" else ""))
