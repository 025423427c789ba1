"""Pages of the agreement editor: basic facts, clauses, purposes (each field commits on its own)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.agreement import ops as agreement_ops
from ...core.agreement import queries as agreements
from ...core.errors import ValidationError
from ..dialogs import form_rows
from ..editors import ChoiceBox, CommitLineEdit, CommitTextEdit, ErrorLabel
from ..models import Column
from ..row_actions import remove_selected
from ..widgets import current_uuid, select_uuid
from .list_page import OrderedListPage


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose Alt+letter focuses ``buddy`` (for rows whose field is a layout)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class AgreementFields(QWidget):
    """Base of the pages that edit the agreement row's own fields, with inline errors."""

    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self.ctx = editor.ctx
        self.edits: dict[str, CommitLineEdit | CommitTextEdit | ChoiceBox] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def line(self, key: str, placeholder: str = "") -> CommitLineEdit:
        edit = CommitLineEdit(placeholder=placeholder)
        edit.setObjectName(key)
        edit.committed.connect(lambda text, k=key: self.save(k, text))
        self.edits[key] = edit
        return edit

    def text(self, key: str, lines: int = 4, placeholder: str = "") -> CommitTextEdit:
        edit = CommitTextEdit(lines=lines, placeholder=placeholder)
        edit.setObjectName(key)
        edit.committed.connect(lambda text, k=key: self.save(k, text))
        self.edits[key] = edit
        return edit

    def error(self, *keys: str) -> ErrorLabel:
        label = ErrorLabel()
        label.setObjectName("error_" + keys[0])
        for key in keys:
            self.errors[key] = label
        return label

    def save(self, key: str, value) -> None:
        """Check the value (message next to the field if refused), then save it as one undo step."""
        uuid = self.editor.uuid
        row = self.ctx.store.get("agreement", uuid) if uuid else None
        if row is None:
            return
        label = self.errors.get(key)
        try:
            agreement_ops.check_agreement_values(row, {key: value})
        except ValidationError as exc:
            target = self.errors.get(exc.field or key) or label
            if target is not None:
                target.show_message(exc.__str__())
            return
        if isinstance(value, str) and not self.ctx.confirm_free_text(value, parent=self):
            self.editor.load(uuid)
            return
        if label is not None:
            label.show_message("")
        self.ctx.perform(lambda s: agreement_ops.update_agreement(s, uuid, {key: value}), parent=self)

    def load(self, row: dict, problems: dict[str, str]) -> None:
        for key, edit in self.edits.items():
            edit.set_value(row.get(key) or "")
        for key, label in self.errors.items():
            if key in problems:
                label.show_message(problems[key])
            elif label.isVisible() and key in self.edits:
                label.show_message("")


class GeneralPage(AgreementFields):
    """Titel, period, status, undertecknande, vision, inledning, lagstöd, revidering."""

    def __init__(self, editor):
        super().__init__(editor)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Titel:"), self.line("title", self.tr("Samverkansöverenskommelse 2024-2026")))
        form.addRow("", self.error("title"))
        period = QHBoxLayout()
        period.addWidget(self.line("period_from", self.tr("ÅÅÅÅ-MM-DD")))
        period.addWidget(QLabel(self.tr("till", "period från <datum> till <datum>")))
        period.addWidget(self.line("period_to", self.tr("ÅÅÅÅ-MM-DD")))
        form.addRow(buddy_label(self.tr("&Period från:"), self.edits["period_from"]), period)
        form.addRow("", self.error("period_to", "period_from"))
        status = ChoiceBox()
        status.setObjectName("status")
        status.set_choices([(s.capitalize(), s) for s in agreement_ops.STATUSES])
        status.committed.connect(lambda v: self.save("status", v))
        self.edits["status"] = status
        form.addRow(self.tr("&Status:"), status)
        signed = QHBoxLayout()
        signed.addWidget(self.line("signed_date", self.tr("ÅÅÅÅ-MM-DD")))
        signed.addWidget(QLabel(self.tr("i", "undertecknad <datum> i <ort>")))
        signed.addWidget(self.line("signed_place", self.tr("ort")))
        form.addRow(buddy_label(self.tr("&Undertecknad:"), self.edits["signed_date"]), signed)
        form.addRow("", self.error("signed_date"))
        self.previous = QLabel()
        form.addRow(self.tr("Föregående:"), self.previous)
        form.addRow(self.tr("&Vision:"), self.text("vision", 2))
        form.addRow(self.tr("&Inledning:"), self.text("preamble", 5))
        form.addRow(self.tr("&Lagstöd:"), self.text("legal_basis", 3))
        form.addRow(self.tr("&Revidering:"), self.text("revision_notes", 3, self.tr("Vad har ändrats och när")))
        self.setLayout(form)

    def load(self, row: dict, problems: dict[str, str]) -> None:
        super().load(row, problems)
        prev = self.ctx.store.get("agreement", row["previous_uuid"]) if row.get("previous_uuid") else None
        self.previous.setText(f"{prev['title']} ({prev['period_from'][:4]}–{prev['period_to'][:4]})"
                              if prev else "–")


class ClausesPage(AgreementFields):
    """Kommunikation, ekonomi, ansvar, uppföljning, giltighetstid."""

    def __init__(self, editor):
        super().__init__(editor)
        form = form_rows([(self.tr("&Kommunikation:"), self.text("communication_clause", 3)),
                          (self.tr("&Ekonomi:"), self.text("economy_clause", 2)),
                          (self.tr("&Ansvariga:"), self.text("responsibility_clause", 3)),
                          (self.tr("&Uppföljning:"), self.text("follow_up_clause", 3)),
                          ("", self.error("follow_up")),
                          (self.tr("&Giltighetstid:"), self.text("validity_clause", 2))])
        self.setLayout(form)


class SignedTextPage(AgreementFields):
    """The agreement's text as signed, printed verbatim by the agreement PDF."""

    def __init__(self, editor):
        super().__init__(editor)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Texten som den undertecknades, från inledningen till sista villkoret (titel och underskrifter "
            "skrivs ut från Grunduppgifter och Parter). PDF:en skriver ut den ordagrant; ansvarig part, "
            "uppföljning och resurser per form hamnar i bilagan \"Bilaga: uppföljningsstruktur\". "
            "Märkning: # Rubrik, ## Underrubrik, - punkt, **fetstil**, och en fotnot som en rad som börjar "
            "med upphöjd siffra (¹ Text). Tom: texten skrivs från överenskommelsens fält."))
        hint.setWordWrap(True)
        edit = self.text("signed_text", 20, self.tr("# Inledning …"))
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("&Undertecknad text:"), buddy=edit))
        layout.addWidget(edit, 1)


class PurposesPage(OrderedListPage):
    """The ordered list of purposes: add, remove, move, edit the text."""

    move_operation = staticmethod(agreement_ops.move_purpose)

    def __init__(self, editor):
        super().__init__(editor, "purposes", [Column(self.tr("Syfte"), "text")], stretch_column=1)
        self.edit = CommitTextEdit(lines=4,
                                   placeholder=self.tr("Syftet med denna samverkansöverenskommelse är att …"))
        self.edit.setObjectName("purpose_text")
        self.edit.committed.connect(self._save)
        row, (self.add_button, self.remove_button, _up, _down) = self.list_buttons(
            (self.tr("Nytt syfte"), self.tr("Lägg till ett syfte sist")), self.tr("Ta bort"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 2)
        layout.addWidget(row)
        layout.addWidget(QLabel(self.tr("&Text:"), buddy=self.edit))
        layout.addWidget(self.edit, 1)

    def load(self, row: dict, _problems) -> None:
        self.show_rows(agreements.list_purposes(self.ctx.store, row["uuid"]))

    def _show(self, current, _previous) -> None:
        has = current is not None and current.isValid()
        self.edit.setEnabled(has)
        self.edit.set_value(self.model.row_at(current)["text"] if has else "")

    def _save(self, text: str) -> None:
        uuid = current_uuid(self.view)
        if uuid and self.ctx.confirm_free_text(text, parent=self):
            self.ctx.perform(lambda s: agreement_ops.update_purpose(s, uuid, text), parent=self)

    def add(self) -> None:
        changes = self.ctx.perform(lambda s: agreement_ops.add_purpose(s, self.editor.uuid), parent=self)
        if changes:
            select_uuid(self.view, changes.created("agreement_purpose")[0])
            self.edit.setFocus()

    def remove(self) -> None:
        remove_selected(self, self.view, self.tr("Ta bort syfte"), self.tr("Ta bort det valda syftet?"),
                        agreement_ops.delete_purpose)
