"""The forms of cooperation / focus areas of an agreement: list, order and every field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from ...core.agreement import form_ops
from ...core.agreement import queries as agreements
from ..editors import CheckList, ChoiceBox, CommitLineEdit, CommitTextEdit, ErrorLabel
from ..models import Column
from ..row_actions import remove_selected, show_created
from ..widgets import current_uuid, panel, split
from .list_page import OrderedListPage
from .pages import buddy_label, scrolled


class FormsPage(OrderedListPage):
    """Forms of cooperation: name, abbreviation, kind, description, lead, parties, follow-up."""

    move_operation = staticmethod(form_ops.move_form)

    def __init__(self, editor):
        super().__init__(editor, "forms", [Column(self.tr("Namn"), "name"), Column(self.tr("Förk."), "abbreviation"),
                                           Column(self.tr("Typ"), "kind"),
                                           Column(self.tr("Sammankallande"), "lead_party_name")], stretch_column=1)
        row, _ = self.list_buttons((self.tr("Ny samverkansform"), self.tr("Lägg till sist")), self.tr("Ta bort"))
        left = panel(self.view, row)

        self.edits: dict = {}
        self.name_error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self._line("name"))
        form.addRow("", self.name_error)
        head = QHBoxLayout()
        head.addWidget(self._line("abbreviation", self.tr("EST, SSPF …")))
        kind = ChoiceBox()
        kind.setObjectName("form_kind")
        kind.setAccessibleName(self.tr("Typ"))
        kind.set_choices([(k.capitalize(), k) for k in form_ops.FORM_KINDS])
        kind.committed.connect(lambda v: self._save("kind", v))
        self.edits["kind"] = kind
        head.addWidget(kind)
        form.addRow(buddy_label(self.tr("&Förkortning, typ:"), self.edits["abbreviation"]), head)
        lead = ChoiceBox()
        lead.setObjectName("lead_party")
        lead.committed.connect(lambda v: self._save("lead_party_uuid", v))
        self.edits["lead_party_uuid"] = lead
        form.addRow(self.tr("&Ansvarig part:"), lead)
        form.addRow(self.tr("Ansvar, sammankallande (&text):"), self._text("lead_text", 2))
        self.parties = CheckList()
        self.parties.setObjectName("form_parties")
        self.parties.setMaximumHeight(110)
        self.parties.committed.connect(self._save_parties)
        form.addRow(self.tr("&Deltagande parter:"), self.parties)
        form.addRow(self.tr("&Beskrivning:"), self._text("description", 6))
        form.addRow(self.tr("&Uppföljning:"), self._text("follow_up_text", 2))
        detail = QWidget()
        detail.setLayout(form)
        splitter = split(left, scrolled(detail), vertical=True, sizes=(260, 420))
        QVBoxLayout(self).addWidget(splitter)
        self._party_choices: list[tuple[str, str]] = []

    def _line(self, key: str, hint: str = "") -> CommitLineEdit:
        edit = CommitLineEdit(placeholder=hint)
        edit.setObjectName("form_" + key)
        edit.committed.connect(lambda text, k=key: self._save(k, text))
        self.edits[key] = edit
        return edit

    def _text(self, key: str, lines: int) -> CommitTextEdit:
        edit = CommitTextEdit(lines=lines)
        edit.setObjectName("form_" + key)
        edit.committed.connect(lambda text, k=key: self._save(k, text))
        self.edits[key] = edit
        return edit

    def load(self, row: dict, _problems) -> None:
        parties = agreements.agreement_parties(self.ctx.store, row["uuid"])
        self._party_choices = [(p.name, p.party_uuid) for p in parties]
        self.edits["lead_party_uuid"].set_choices([(self.tr("(ingen angiven)"), None), *self._party_choices])
        self.show_rows(agreements.list_forms(self.ctx.store, row["uuid"]))

    def _show(self, current, _previous) -> None:
        has = current is not None and current.isValid()
        row = self.model.row_at(current) if has else {}
        for key, edit in self.edits.items():
            edit.setEnabled(has)
            edit.set_value(row.get(key) or ("" if key != "lead_party_uuid" else None))
        self.parties.setEnabled(has)
        members = agreements.form_party_uuids(self.ctx.store, row["uuid"]) if has else []
        # A party that takes part but is no longer in the agreement still shows (so it can be unticked).
        choices = list(self._party_choices)
        known = {u for _n, u in choices}
        for uuid in members:
            if uuid not in known:
                p = self.ctx.store.get("party", uuid)
                choices.append((self.tr("%1 (ej part)").replace("%1", str(p["name"])), uuid))
        self.parties.set_items(choices, members)
        self.name_error.show_message("")

    def _save(self, key: str, value) -> None:
        uuid = current_uuid(self.view)
        if not uuid:
            return
        if key == "name" and not (value or "").strip():
            self.name_error.show_message(self.tr("Samverkansformen måste ha ett namn."))
            return
        if isinstance(value, str) and not self.ctx.confirm_free_text(value, parent=self):
            return
        self.ctx.perform(lambda s: form_ops.update_form(s, uuid, {key: value}), parent=self)

    def _save_parties(self, party_uuids: list) -> None:
        uuid = current_uuid(self.view)
        if uuid:
            self.ctx.perform(lambda s: form_ops.set_form_parties(s, uuid, party_uuids), parent=self)

    def add(self) -> None:
        parties = [u for _n, u in self._party_choices]  # by default every party takes part
        changes = self.ctx.perform(lambda s: form_ops.add_form(s, self.editor.uuid, party_uuids=parties),
                                   parent=self)
        show_created(self.view, changes, "cooperation_form", self.edits["name"])

    def remove(self) -> None:
        remove_selected(self, self.view, self.tr("Ta bort samverkansform"),
                        self.tr("Ta bort den valda samverkansformen? Resursernas koppling till den tas också bort."),
                        form_ops.delete_form)
