"""What the user does in the Kommunikationsplan tab: each action is one core operation, one undo step.

A mixin of :class:`~.tab.CommunicationTab`: it uses the tab's widgets (``form``, ``plan``,
``current``) and the context; the tab itself builds and shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ...core.communication import ops as communication_ops
from ...core.errors import SamverkanError
from ..editors import delete_note
from ..undo import push
from . import exports


class PlanActions:
    """Plan and activity actions of the tab."""

    def new_plan(self) -> None:
        exports.ask_new_plan(self)

    def create_plan(self, year: int) -> bool:
        """Start the plan for ``year`` and show it."""
        agreement = self.ctx.agreement_uuid
        if self.ctx.perform(lambda s: communication_ops.create_plan(s, agreement, year), parent=self) is None:
            return False
        self.plan = {"year": year}
        self.reload()
        return True

    def copy_to_next_year(self) -> None:
        if self.plan is None:
            return
        plan, year = self.plan["uuid"], self.plan["year"] + 1
        if self.ctx.perform(lambda s: communication_ops.copy_to_next_year(s, plan), parent=self) is None:
            return
        self.plan = {"year": year}
        self.reload()
        QMessageBox.information(self, self.tr("Kopiera till nästa år"),
                                self.tr("Planen för {year} är skapad med planens innehåll och {n} återkommande "
                                        "aktiviteter.").format(year=year, n=self.plan["activity_count"] if self.plan else 0))

    def new_activity(self) -> None:
        if self.plan is None:
            return
        if self.form.is_dirty() and not self.save_activity():
            return
        self.current = None
        self.table.clearSelection()
        self.timeline.select(None)
        self.form.load(None)
        self.pages.setCurrentWidget(self.activities_page)
        self.form.title.setFocus()

    def save_activity(self) -> bool:
        """Add the new activity or save the changed fields of the shown one; True when saved."""
        if self.plan is None or not self.ctx.confirm_free_text(*self.form.free_texts(), parent=self):
            return False
        plan, uuid = self.plan["uuid"], self.form.uuid
        if uuid is not None and not self.form.changed_values():
            return True
        try:
            if uuid is None:
                changes = communication_ops.add_activity(self.ctx.store, plan, self.form.values())
            else:
                changes = communication_ops.update_activity(self.ctx.store, uuid, self.form.changed_values())
        except SamverkanError as exc:  # nothing was written; say why and put the cursor there
            QMessageBox.warning(self, self.tr("Kommunikationsplan"), str(exc))
            self.form.focus_field(getattr(exc, "field", None))
            return False
        self.current = uuid or changes.created("communication_activity")[0]
        self.form.load(None)  # saved: the refresh below shows the row as stored
        push(self.ctx, changes)
        if self._stale or not self.isVisible():
            self.reload()
        return True

    def complete_activity(self) -> None:
        uuid = self.current
        if uuid is None:
            return
        if self.form.is_dirty() and not self.save_activity():
            return
        self.ctx.perform(lambda s: communication_ops.complete_activity(s, uuid), parent=self)

    def delete_activity(self) -> None:
        row = self.selected_activity()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Ta bort aktivitet"),
                                      self.tr("Ta bort aktiviteten ”{title}”?").format(title=row["title"])
                                      + "\n\n" + delete_note(),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.ctx.perform(lambda s: communication_ops.delete_activity(s, row["uuid"]), parent=self):
            self.current = None

    def move_activity(self, uuid: str, month: int) -> None:
        """Move an activity to ``month`` (from the timeline or the keyboard)."""
        if self.form.uuid == uuid and self.form.is_dirty() and not self.save_activity():
            return
        self.current = uuid
        self.ctx.perform(lambda s: communication_ops.move_activity(s, uuid, month), parent=self)

    def shift_activity(self, months: int) -> None:
        row = self.selected_activity()
        if row is None:
            return
        if row["month"] is None:
            QMessageBox.information(self, self.tr("Flytta"),
                                    self.tr("Aktiviteten har inget datum. Skriv ett datum eller en vecka."))
            return
        month = row["month"] + months
        if 1 <= month <= 12:
            self.move_activity(row["uuid"], month)

    def _save_header_field(self, name: str, text: str) -> None:
        if self.plan is None or not self.ctx.confirm_free_text(text, parent=self):
            return
        plan = self.plan["uuid"]
        self.ctx.perform(lambda s: communication_ops.update_plan(s, plan, {name: text}), parent=self)
