"""Dialogs of the agreement tab: a new agreement (blank or from a template) and "Ny period"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit

from ...core.agreement import copying as agreement_copy
from ...core.agreement import queries as agreements
from ...core.errors import ValidationError
from ...core.store.records import OpChanges
from ..dialogs import accept_buttons, form_rows, stacked
from ..editors import CheckList, ErrorLabel
from ..i18n import core_text


class NewAgreementDialog(QDialog):
    """Title, period, template (blank / as Örebro / as Hallsberg) and the parties."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.changes: OpChanges | None = None
        self.setWindowTitle(self.tr("Ny överenskommelse"))
        year = dt.date.today().year + 1
        self.title = QLineEdit(self.tr("Samverkansöverenskommelse %1-%2")
                               .replace("%1", str(year)).replace("%2", str(year + 2)))
        self.period_from = QLineEdit(f"{year}-01-01")
        self.period_to = QLineEdit(f"{year + 2}-12-31")
        self.template = QComboBox()
        for t in agreement_copy.TEMPLATES.values():
            self.template.addItem(core_text(t.title), t.name)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #5b6b7c;")
        self.template.currentIndexChanged.connect(
            lambda _i: self.about.setText(core_text(agreement_copy.TEMPLATES[self.template.currentData()].description)))
        self.parties = CheckList()
        self.parties.set_items([(f"{p['name']} ({p['kind']})", p["uuid"])
                                for p in agreements.list_parties(ctx.store)], [])
        self.error = ErrorLabel()
        form = form_rows([(self.tr("&Titel:"), self.title), (self.tr("Period &från:"), self.period_from),
                          (self.tr("Period &till:"), self.period_to), (self.tr("&Mall:"), self.template),
                          ("", self.about), (self.tr("&Parter:"), self.parties),
                          ("", QLabel(self.tr("Fler parter (och nya) läggs till under fliken Parter.")))])
        stacked(self, form, self.error, accept_buttons(self, self.create, self.tr("Skapa")))
        self.about.setText(core_text(agreement_copy.TEMPLATES[self.template.currentData()].description))

    def create(self) -> None:
        """Validate (message in the dialog), then create as one undo step."""
        args = (self.template.currentData(), self.title.text(), self.period_from.text(), self.period_to.text(),
                self.parties.checked())
        try:
            from ...core.agreement.ops import check_agreement_values
            check_agreement_values({}, {"title": args[1], "period_from": args[2], "period_to": args[3]})
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.changes = self.ctx.perform(lambda s: agreement_copy.create_from_template(s, *args), parent=self)
        if self.changes:
            self.accept()


class NewPeriodDialog(QDialog):
    """Copy an agreement into its next period (parties, purposes, forms, resources)."""

    def __init__(self, ctx, agreement: dict, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.agreement = agreement
        self.changes: OpChanges | None = None
        self.setWindowTitle(self.tr("Ny period"))
        start = dt.date.fromisoformat(agreement["period_from"])
        end = dt.date.fromisoformat(agreement["period_to"])
        years = end.year - start.year + 1
        new_from = dt.date(end.year + 1, start.month, start.day)
        new_to = dt.date(end.year + years, end.month, end.day)
        self.period_from = QLineEdit(new_from.isoformat())
        self.period_to = QLineEdit(new_to.isoformat())
        self.title = QLineEdit(agreement_copy.next_title(agreement["title"], agreement["period_from"],
                                                         agreement["period_to"], new_from.isoformat(),
                                                         new_to.isoformat()))
        self.error = ErrorLabel()
        form = form_rows([(self.tr("Bygger på:"), QLabel(agreement["title"])), (self.tr("&Titel:"), self.title),
                          (self.tr("Period &från:"), self.period_from), (self.tr("Period &till:"), self.period_to)])
        note = QLabel(self.tr("Parter, syften, samverkansformer och resurser följer med; diarienummer "
                              "och datum för undertecknande lämnas tomma."))
        stacked(self, form, note, self.error, accept_buttons(self, self.create, self.tr("Skapa ny period")))

    def create(self) -> None:
        uuid = self.agreement["uuid"]
        args = (self.period_from.text(), self.period_to.text(), self.title.text())
        try:
            from ...core.agreement.ops import check_agreement_values
            check_agreement_values({}, {"title": args[2], "period_from": args[0], "period_to": args[1]})
            if args[0].strip() <= self.agreement["period_from"]:
                raise ValidationError(self.tr("Den nya perioden måste börja efter den gamla."))
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.changes = self.ctx.perform(lambda s: agreement_copy.copy_to_new_period(s, uuid, *args), parent=self)
        if self.changes:
            self.accept()
