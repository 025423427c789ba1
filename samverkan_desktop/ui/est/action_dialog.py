"""Dialogs for one action (åtgärd) (and the base of the problem editor, :mod:`problem_dialog`, and the
duty dialog). They only collect values: the caller runs the core operation through ``ctx.perform``
(one undo step)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from ...core.agreement import queries as agreements
from ...core.errors import ValidationError
from ...core.est import actors
from ...core.est import ops as est_ops
from ...core.est import queries as est
from ...core.periods import IsoWeek
from ..dialogs import accept_buttons, form_rows, stacked
from ..i18n import core_text


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _combo(items: list[tuple[str, str | None]], current: str | None) -> QComboBox:
    combo = QComboBox()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


class _Dialog(QDialog):
    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        stacked(self, self.form, accept_buttons(self, self.save, self.tr("Spara"), save=True))

    @staticmethod
    def _long_text(text: str, height: int) -> QPlainTextEdit:
        """A few lines of free text that Tab leaves for the next field."""
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(height)
        return edit

    @staticmethod
    def _week_field(row: dict, week: IsoWeek) -> QLineEdit:
        """The week a record was raised (``row``'s, or ``week`` for a new one), as text to edit."""
        return QLineEdit(str(IsoWeek(row["raised_year"], row["raised_week"])) if row else str(week))

    def _add_or_update(self, uuid: str | None, update, add, values: dict):
        """``update(store, uuid, **values)`` for an existing record, else ``add(store, agreement, **values)``."""
        if uuid:
            return lambda s: update(s, uuid, **values)
        ag = self.ctx.agreement_uuid
        return lambda s: add(s, ag, **values)

    def _week(self, edit: QLineEdit) -> IsoWeek:
        try:
            return IsoWeek.parse(edit.text())
        except ValidationError as exc:
            raise ValidationError(self.tr("Beslutad vecka: {error}").format(error=exc)) from None

    def save(self) -> None:
        """Validate, confirm free text, run the operation; the dialog closes only on success."""
        try:
            op, texts = self.operation()
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        if not self.ctx.confirm_free_text(*texts, parent=self):
            return
        if self.ctx.perform(op, parent=self) is not None:
            self.accept()


class ActionDialog(_Dialog):
    """New or changed action: text, problem, responsible party and function, due date, status,
    form of cooperation, återkoppling."""

    def __init__(self, ctx, week: IsoWeek, *, action_uuid: str | None = None, problem_uuid: str | None = None,
                 parent=None):
        super().__init__(ctx, self.tr("Ändra åtgärd") if action_uuid else self.tr("Ny åtgärd"), parent)
        store, ag = ctx.store, ctx.agreement_uuid
        row = store.get("action", action_uuid) if action_uuid else {}
        self.action_uuid = action_uuid
        self.description = self._long_text(row.get("description", ""), 70)
        problems = est.list_problems(store, ag, include_closed=True)
        self.problem = _combo([(self.tr("(inget problem)"), None)] + [
            (f"{_short(p['description'])} ({p['area'] or self.tr('inget område')})", p["uuid"]) for p in problems],
            row.get("problem_uuid") or problem_uuid)
        self.raised = self._week_field(row, week)
        self.party = _combo([(self.tr("(ingen part)"), None)] + [
            (p.name, p.party_uuid) for p in agreements.agreement_parties(store, ag)], row.get("responsible_party_uuid"))
        self.actor = _combo([(self.tr("(ingen – parten ansvarar)"), None)] + [
            (f"{a['name']} ({a['kind']})", a["uuid"]) for a in actors.list_actors(store, ag)], row.get("actor_uuid"))
        self.actor.setToolTip(self.tr("En aktör som inte är part: bostadsbolag, räddningstjänst, skola … "
                                      "(registret under Aktörer…)"))
        self.function = QLineEdit(row.get("responsible_function", ""))
        self.function.setPlaceholderText(self.tr("t.ex. Områdespoliser, Fältassistenter"))
        self.due = QLineEdit(row.get("due_date") or "")
        self.due.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.status = _combo([(core_text(s), s) for s in est_ops.ACTION_STATUSES], row.get("status", "planerad"))
        self.form_box = _combo([(self.tr("(ingen)"), None)] + [
            (f"{f['name']}" + (f" ({f['abbreviation']})" if f["abbreviation"] else ""), f["uuid"])
            for f in agreements.list_forms(store, ag)], row.get("form_uuid"))
        self.feedback = self._long_text(row.get("feedback", ""), 70)
        self.feedback.setPlaceholderText(self.tr("Återkoppling: vad blev gjort, vad gav det?"))
        form_rows([(self.tr("Åtgärd"), self.description), (self.tr("Problem"), self.problem),
                   (self.tr("Beslutad vecka"), self.raised), (self.tr("Ansvarig part"), self.party),
                   (self.tr("Ansvarig aktör"), self.actor), (self.tr("Funktion"), self.function),
                   (self.tr("Klart senast"), self.due), (self.tr("Status"), self.status),
                   (self.tr("Samverkansform"), self.form_box), (self.tr("Återkoppling"), self.feedback)], self.form)
        self.resize(560, 460)

    def values(self) -> dict:
        return {"description": self.description.toPlainText(), "problem_uuid": self.problem.currentData(),
                "raised": self._week(self.raised), "responsible_party_uuid": self.party.currentData(),
                "responsible_function": self.function.text(), "due_date": self.due.text(),
                "status": self.status.currentData(), "feedback": self.feedback.toPlainText(),
                "form_uuid": self.form_box.currentData(), "actor_uuid": self.actor.currentData()}

    def operation(self):
        values = self.values()
        return (self._add_or_update(self.action_uuid, est_ops.update_action, est_ops.add_action, values),
                (values["description"], values["feedback"]))
