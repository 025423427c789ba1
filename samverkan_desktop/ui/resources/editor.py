"""The editor of one guaranteed resource: a widget per field of RESOURCE, in declared order.

Every field comes from the declaration (core/agreement/resource_fields.py): its label, the kind
of widget, its placeholder, its check and whether it is scanned for personnummer. A new field in
the declaration appears here without a change to this file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...core.agreement import contacts, resource_ops, resources
from ...core.agreement import queries as agreements
from ...core.agreement.resource_fields import RESOURCE, VACANT
from ...core.store.declare import CHOICE, CONTACT, LINKS, NUMBER, PARTY, TEXT, Field, display
from ..editors import CheckList, ChoiceBox, CommitLineEdit, CommitTextEdit, ErrorLabel
from ..i18n import core_text


def _widget(f: Field) -> QWidget:
    if f.kind in (CHOICE, CONTACT, PARTY):
        return ChoiceBox()
    if f.kind == LINKS:
        w = CheckList()
        w.setMinimumHeight(130)
        return w
    if f.kind == TEXT:
        return CommitTextEdit(lines=3, placeholder=core_text(f.placeholder))
    return CommitLineEdit(placeholder=core_text(f.placeholder))


class ResourceEditor(QWidget):
    """Edits the resource ``uuid``; each field commits on its own (one undo step).

    ``widgets[name]`` is the widget of field ``name`` (objectName ``resource_<name>``).
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None
        self.title = QLabel()
        self.error = ErrorLabel()
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.addRow(self.title)
        for f in RESOURCE.fields:
            w = self.widgets[f.name] = _widget(f)
            w.setObjectName(f"resource_{f.name}")
            if f.kind == LINKS:
                w.committed.connect(self.save_forms)
            else:
                w.committed.connect(lambda value, name=f.name: self.save(name, value))
            form.addRow(core_text(f.label) + ":", w)
        self.widgets["status"].set_choices([(core_text(c.label), c.value) for c in RESOURCE["status"].choices])
        form.addRow("", self.error)
        self.load(None, None)

    def load(self, agreement_uuid: str | None, uuid: str | None) -> None:
        """Show resource ``uuid`` of the agreement (None: nothing selected)."""
        self.uuid = uuid
        store = self.ctx.store
        row = store.get("guaranteed_resource", uuid) if uuid else None
        if row is not None and row["deleted"]:
            row = None
        for w in self.widgets.values():
            w.setEnabled(row is not None)
        self.error.show_message("")
        if row is None:
            self.title.setText("<b>" + self.tr("Ingen resurs vald") + "</b>")
            for f in RESOURCE.fields:
                if f.kind == LINKS:
                    self.widgets[f.name].set_items([], [])
                elif f.kind not in (CHOICE, CONTACT, PARTY):
                    self.widgets[f.name].set_value("")
            return
        self._show_title(row["status"])
        people = None
        for f in RESOURCE.fields:
            w = self.widgets[f.name]
            if f.kind == PARTY:
                choices = [(p.name, p.party_uuid) for p in agreements.agreement_parties(store, agreement_uuid)]
                if row[f.name] not in {u for _n, u in choices}:  # the party has left the agreement
                    name = store.get("party", row[f.name])["name"]
                    choices.append((self.tr("%1 (ej part)").replace("%1", str(name)), row[f.name]))
                w.set_choices(choices, row[f.name])
            elif f.kind == CONTACT:
                people = people if people is not None else contacts.list_contacts(store)
                w.set_choices([(self.tr("(ingen)"), None)] + [
                    (c["name"] + (f", {c['title']}" if c["title"] else "")
                     + (f" – {c['party_name']}" if c["party_name"] else ""), c["uuid"]) for c in people], row[f.name])
            elif f.kind == LINKS:
                forms = agreements.list_forms(store, agreement_uuid)
                w.set_items([(x["name"] + (f" ({x['abbreviation']})" if x["abbreviation"] else ""), x["uuid"])
                             for x in forms], resources.resource_form_uuids(store, uuid))
            elif f.kind == CHOICE:
                w.set_value(row[f.name])
            elif f.kind == NUMBER:
                w.set_value(display(f, row))
            else:
                w.set_value(row[f.name])

    def save(self, key: str, value) -> None:
        uuid = self.uuid
        if not uuid or not self.error.passes(resource_ops.check_values, {key: value}):
            return
        if key in RESOURCE.free_texts() and not self.ctx.confirm_free_text(value, parent=self):
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
        self.title.setText("<b>" + core_text(RESOURCE.title) + "</b>"
                           + (" — <span style='color:#b3261e'>" + core_text(RESOURCE["status"].choice(VACANT).shout)
                              + "</span>" if status == VACANT else ""))
