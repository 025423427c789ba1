"""Överenskommelse: the agreements of the workspace and an editor for every part of one.

Left: the list (title, period, status, parties) with a filter, Ny…, Ny period…, Ta bort and
Skriv ut. Right: the editor pages (Grunduppgifter, Syften, Parter, Samverkansformer, Villkor) and
a read-only preview. Every field commits on its own as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ...core.agreement import ops as agreement_ops
from ...core.agreement import queries as agreements
from ..editors import ErrorLabel, ask_pdf_path, buttons, confirm
from ..export_pdf import export_report
from ..models import UUID_ROLE, Column, RowsModel
from ..tab_base import ListEditorTab
from ..widgets import current_uuid, heading, panel, resize_to_contents, select_uuid, sorted_table, split
from .dialogs import NewAgreementDialog, NewPeriodDialog
from .forms import FormsPage
from .pages import ClausesPage, GeneralPage, PurposesPage, SignedTextPage, scrolled
from .parties import PartiesPage
from .render import agreement_html


class AgreementEditor(QTabWidget):
    """The pages that edit one agreement; :meth:`load` shows the saved state."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None
        self.pages = [GeneralPage(self), PurposesPage(self), PartiesPage(self), FormsPage(self), ClausesPage(self),
                      SignedTextPage(self)]
        self.general, self.purposes, self.parties, self.forms, self.clauses, self.signed = self.pages
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Förhandsvisning"))
        self.addTab(scrolled(self.general), self.tr("&Grunduppgifter"))
        self.addTab(self.purposes, self.tr("S&yften"))
        self.addTab(self.parties, self.tr("&Parter"))
        self.addTab(self.forms, self.tr("Samverkans&former"))
        self.addTab(scrolled(self.clauses), self.tr("&Villkor"))
        self.addTab(self.signed, self.tr("&Undertecknad text"))
        self.addTab(self.preview, self.tr("Förhands&visning"))

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` (one of :attr:`pages`, shown directly or in a scroll area) to the front."""
        for i in range(self.count()):
            if page in (self.widget(i), getattr(self.widget(i), "widget", lambda: None)()):
                self.setCurrentIndex(i)

    def load(self, uuid: str | None) -> None:
        self.uuid = uuid
        row = self.ctx.store.get("agreement", uuid) if uuid else None
        self.setEnabled(row is not None and not row["deleted"])
        if row is None or row["deleted"]:
            self.preview.setHtml("<p>" + self.tr("Ingen överenskommelse vald.") + "</p>")
            return
        problems = agreements.agreement_problems(self.ctx.store, uuid)
        for page in self.pages:
            page.load(row, problems)
        self.preview.setHtml(agreement_html(self.ctx.store, row))


class AgreementTab(ListEditorTab):
    """Överenskommelse: the filtered list of agreements and the editor of the selected one."""

    title = QT_TRANSLATE_NOOP("AgreementTab", "Överenskommelse")
    object_name = "agreement_tab"
    tables = frozenset({"agreement", "agreement_party", "agreement_purpose", "party",
                        "cooperation_form", "cooperation_form_party", "follow_up"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowsModel([
            Column(self.tr("Titel"), "title", tooltip=lambda r: r["title"]),
            Column(self.tr("Period"), lambda r: f"{r['period_from'][:4]}–{r['period_to'][:4]}"),
            Column(self.tr("Status"), "status"),
            Column(self.tr("Parter"), "party_names", tooltip=lambda r: r["party_names"]),
        ])
        self.proxy, self.list = sorted_table(self.model, "agreements", stretch_column=0)
        self.list.selectionModel().currentRowChanged.connect(self._on_current)
        self.filter = QLineEdit()
        self.filter.setObjectName("agreement_filter")
        self.filter.setPlaceholderText(self.tr("Filtrera (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        row, (self.new_button, self.period_button, self.delete_button, self.print_button) = buttons(
            (self.tr("Ny…"), self.new_agreement, self.tr("Ny överenskommelse (Ctrl+N)")),
            (self.tr("Ny period…"), self.new_period, self.tr("Kopiera den valda överenskommelsen till nästa period")),
            (self.tr("Ta bort"), self.delete_agreement, self.tr("Ta bort den valda överenskommelsen (Delete)")),
            (self.tr("Skriv ut / PDF…"), self.print_pdf, self.tr("Överenskommelsen som PDF-dokument")))
        self.problems = ErrorLabel()
        self.problems.setObjectName("agreement_problems")
        self.editor = AgreementEditor(ctx)
        self.detail = self.editor.preview  # the read-only view of the selected agreement

        list_panel = panel(heading(self.tr("Överenskommelser")), self.filter, self.list, row)
        right_panel = panel(self.problems, self.editor)
        splitter = split(list_panel, right_panel, stretch=(0, 1), sizes=(430, 900))
        QVBoxLayout(self).addWidget(splitter)
        self.list_keys(self.list, self.filter, new=self.new_agreement, delete=self.delete_agreement)

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_rows(agreements.list_agreements_overview(self.ctx.store))
        if not getattr(self, "_sized", False) and self.model.rows:  # once; later the user's widths stay
            self._sized = True
            resize_to_contents(self.list, 300)
        select_uuid(self.list, self.ctx.agreement_uuid)
        self.editor.load(self.current_uuid())
        self._show_problems()

    def selected_record(self) -> tuple[str, str] | None:
        uuid = self.current_uuid()
        return ("agreement", uuid) if uuid else None

    def current_uuid(self) -> str | None:
        return current_uuid(self.list)

    def current_row(self) -> dict | None:
        uuid = self.current_uuid()
        return self.ctx.store.get("agreement", uuid) if uuid else None

    def _on_current(self, current, _previous) -> None:
        if not current.isValid():
            return
        uuid = current.siblingAtColumn(0).data(UUID_ROLE)
        if uuid != self.editor.uuid:
            self.editor.load(uuid)
            self._show_problems()
        self.ctx.select_agreement(uuid)

    def _show_problems(self) -> None:
        uuid = self.current_uuid()
        problems = agreements.agreement_problems(self.ctx.store, uuid) if uuid else {}
        if not self.model.rows:
            self.problems.show_message(
                self.tr("Arbetsytan har ingen överenskommelse ännu. Skapa en med Ny… (Ctrl+N)."))
        else:
            self.problems.show_message(" ".join(problems.values()))

    # -- actions ----------------------------------------------------------------------------------

    def new_agreement(self, *, dialog: NewAgreementDialog | None = None) -> None:
        dialog = dialog or NewAgreementDialog(self.ctx, self)
        if dialog.changes is None and dialog.exec() != NewAgreementDialog.DialogCode.Accepted:
            return
        if dialog.changes:
            self.ctx.select_agreement(dialog.changes.created("agreement")[0])
            self.reload()
            self.editor.setCurrentIndex(0)
            self.editor.general.edits["title"].setFocus()

    def new_period(self, *, dialog: NewPeriodDialog | None = None) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = dialog or NewPeriodDialog(self.ctx, row, self)
        if dialog.changes is None and dialog.exec() != NewPeriodDialog.DialogCode.Accepted:
            return
        if dialog.changes:
            self.ctx.select_agreement(dialog.changes.created("agreement")[0])
            self.reload()

    def delete_agreement(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not confirm(self, self.tr("Ta bort överenskommelse"),
                       self.tr("Ta bort ”%1” med dess parter, syften, samverkansformer och resurser?\n"
                               "Det går att ångra (Ctrl+Z).").replace("%1", str(row["title"]))):
            return
        self.ctx.perform(lambda s: agreement_ops.delete_agreement(s, row["uuid"]), parent=self)

    def print_pdf(self) -> None:
        row = self.current_row()
        if row is None:
            return
        out = ask_pdf_path(self, row["title"])
        if out is not None:
            export_report(self.ctx, self, "agreement", out, {"agreement": row["uuid"]})
