"""Resurser: every resource the parties guarantee in the selected agreement, editable.

Top: filters (part, samverkansform, status, text) and actions. Middle: the resource table
(vacancies red and marked VAKANT) and the editor of the selected resource. Bottom: the summary per
party and per form, and the register of contact persons.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout

from ...core.agreement import queries as agreements
from ...core.agreement import resource_ops, resources
from ...core.agreement.resource_fields import RECRUITING, RESOURCE, VACANT
from ..agreement.pages import scrolled
from ..editors import ask_pdf_path, buttons
from ..export_pdf import export_report
from ..i18n import core_text
from ..models import RowsModel, SwedishSortProxy, choice_colour, declared_columns
from ..row_actions import move_selected, remove_selected, show_created
from ..tab_base import ListEditorTab
from ..widgets import (
    current_uuid,
    heading,
    make_table,
    panel,
    refill_filter,
    resize_to_contents,
    select_uuid,
    split,
)
from .contacts_page import ContactsPage
from .editor import ResourceEditor
from .summary import ResourceSummary


class ResourceFilter(SwedishSortProxy):
    """Filters resource rows by party, form and status besides the free text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.party = self.form = self.status = None

    def set_filters(self, party=None, form=None, status=None) -> None:
        self.beginFilterChange()
        self.party, self.form, self.status = party, form, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row = self.sourceModel().rows[source_row]
        if self.party and row["party_uuid"] != self.party:
            return False
        if self.form and self.form not in row["form_uuids"]:
            return False
        if self.status and row["status"] != self.status:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class ResourcesTab(ListEditorTab):
    """Resurser: the selected agreement's guaranteed resources (filtered by party, form, status and text),
    the editor of the selected one, the summary per party and form, and the contact persons."""

    title = QT_TRANSLATE_NOOP("ResourcesTab", "Resurser")
    object_name = "resources_tab"
    tables = frozenset({"guaranteed_resource", "resource_form", "party", "cooperation_form",
                        "contact_person", "agreement_party", "agreement"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowsModel(declared_columns(RESOURCE), background=choice_colour(RESOURCE, "status"))
        self.proxy = ResourceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy)
        self.table.setObjectName("resources")
        self.table.setSortingEnabled(False)  # agreed order (party, position); filters narrow it
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.party_filter = QComboBox()
        self.party_filter.setObjectName("party_filter")
        self.form_filter = QComboBox()
        self.form_filter.setObjectName("form_filter")
        self.form_filter.setMinimumContentsLength(18)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Alla statusar"), None)
        for choice in RESOURCE["status"].choices:
            self.status_filter.addItem(core_text(choice.label), choice.value)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("resource_filter")
        self.text_filter.setPlaceholderText(self.tr("Sök (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.setFilterFixedString)
        for box in (self.party_filter, self.form_filter, self.status_filter):
            box.currentIndexChanged.connect(self._apply_filters)
        actions, (self.new_button, self.delete_button, up, down, self.print_button) = buttons(
            (self.tr("Ny resurs"), self.new_resource, self.tr("Ny resurs (Ctrl+N)")),
            (self.tr("Ta bort"), self.delete_resource, self.tr("Ta bort den valda resursen (Delete)")),
            (self.tr("Upp"), lambda: self.move(-1), self.tr("Flytta upp inom parten")),
            (self.tr("Ner"), lambda: self.move(1), self.tr("Flytta ner inom parten")),
            (self.tr("Skriv ut / PDF…"), self.print_pdf, self.tr("Resursregistret som PDF")))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&Part:"), buddy=self.party_filter))
        filters.addWidget(self.party_filter)
        filters.addWidget(QLabel(self.tr("&Form:"), buddy=self.form_filter))
        filters.addWidget(self.form_filter)
        filters.addWidget(QLabel(self.tr("S&tatus:"), buddy=self.status_filter))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.text_filter, 1)

        self.summary_line = QLabel()
        self.editor = ResourceEditor(ctx)
        self.summary = ResourceSummary(ctx)
        self.contacts = ContactsPage(ctx)
        top = split(panel(self.table, actions), scrolled(self.editor), stretch=(3, 2), sizes=(820, 480))
        self.lower = QTabWidget()
        self.lower.addTab(self.summary, self.tr("Sammanställning"))
        self.lower.addTab(self.contacts, self.tr("Kontaktpersoner"))
        body = split(top, self.lower, vertical=True, sizes=(510, 220))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Resurser som garanteras")))
        layout.addLayout(filters)
        layout.addWidget(self.summary_line)
        layout.addWidget(body, 1)
        self.list_keys(self.table, self.text_filter, new=self.new_resource, delete=self.delete_resource)

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        store = self.ctx.store
        keep = current_uuid(self.table)
        self._fill_filters(uuid)
        rows = resources.list_resources(store, uuid) if uuid else []
        self.model.set_rows(rows)
        if getattr(self, "_sized_for", None) != uuid and rows:  # keep widths the user set while editing
            self._sized_for = uuid
            resize_to_contents(self.table, 220)
            self.table.setColumnWidth(RESOURCE.columns().index(RESOURCE["text"]), 300)
        select_uuid(self.table, keep)
        if not self.made_here(self.editor):  # the editor already shows what it just saved
            self.editor.load(uuid, current_uuid(self.table))
        self.summary.load(uuid)
        self.contacts.load()
        vacant = sum(r["status"] == VACANT for r in rows)
        recruiting = sum(r["status"] == RECRUITING for r in rows)
        if not uuid:
            text = self.tr("Välj eller skapa en överenskommelse först (fliken Överenskommelse).")
        elif not rows:
            text = self.tr("Överenskommelsen garanterar inga namngivna resurser, så ingen samverkansform "
                           "saknar en. Lägg till med Ny resurs (Ctrl+N) om den gör det.")
        else:
            vacant_text = (self.tr("%1 vakant") if vacant == 1 else self.tr("%1 vakanta")).replace("%1", str(vacant))
            text = (self.tr("%1 resurser. %2, %3 under rekrytering.")
                    .replace("%1", str(len(rows)))
                    .replace("%2", "<span style='color:#b3261e'><b>" + vacant_text + "</b></span>")
                    .replace("%3", str(recruiting)))
            uncovered = [f["name"] for f in self.summary.forms.rows if f["uncovered"]]
            if uncovered:
                text += (" <span style='color:#b3261e'>"
                         + self.tr("Utan garanterad resurs: %1").replace("%1", escape(", ".join(uncovered)))
                         + "</span>")
        self.summary_line.setText(text)
        for w in (self.new_button, self.print_button):
            w.setEnabled(bool(uuid))

    def _fill_filters(self, agreement_uuid: str | None) -> None:
        store = self.ctx.store
        for box, items, all_text in (
                (self.party_filter, [(p.name, p.party_uuid) for p in agreements.agreement_parties(store, agreement_uuid)]
                 if agreement_uuid else [], self.tr("Alla parter")),
                (self.form_filter, [(f["name"] + (f" ({f['abbreviation']})" if f["abbreviation"] else ""), f["uuid"])
                                    for f in agreements.list_forms(store, agreement_uuid)] if agreement_uuid else [],
                 self.tr("Alla samverkansformer"))):
            refill_filter(box, all_text, items)
        self._apply_filters()

    def _apply_filters(self, *_args) -> None:
        self.proxy.set_filters(self.party_filter.currentData(), self.form_filter.currentData(),
                               self.status_filter.currentData())

    def selected_record(self) -> tuple[str, str] | None:
        if not self.table.currentIndex().isValid():
            return None
        return ("guaranteed_resource", current_uuid(self.table))

    def _on_current(self, current, _previous) -> None:
        self.editor.load(self.ctx.agreement_uuid, current_uuid(self.table) if current.isValid() else None)

    # -- actions ----------------------------------------------------------------------------------------

    def new_resource(self) -> None:
        uuid = self.ctx.agreement_uuid
        if not uuid:
            return
        parties = agreements.agreement_parties(self.ctx.store, uuid)
        party = self.party_filter.currentData() or (parties[0].party_uuid if parties else None)
        if party is None:
            self.summary_line.setText(self.tr("Överenskommelsen har ingen part ännu: lägg till parter först."))
            return
        form = self.form_filter.currentData()
        changes = self.ctx.perform(lambda s: resource_ops.add_resource(
            s, uuid, party, form_uuids=[form] if form else []), parent=self)
        if changes:
            self.status_filter.setCurrentIndex(0)
            self.text_filter.clear()
            show_created(self.table, changes, "guaranteed_resource", self.editor.widgets["text"])

    def delete_resource(self) -> None:
        remove_selected(self, self.table, self.tr("Ta bort resurs"),
                        self.tr("Ta bort den valda resursen? Det går att ångra (Ctrl+Z)."), resource_ops.delete_resource)

    def move(self, delta: int) -> None:
        move_selected(self, self.table, resource_ops.move_resource, delta)

    def print_pdf(self) -> None:
        uuid = self.ctx.agreement_uuid
        if not uuid:
            return
        row = self.ctx.store.get("agreement", uuid)
        out = ask_pdf_path(self, self.tr("Resurser %1").replace("%1", str(row["title"])))
        if out is not None:
            export_report(self.ctx, self, "resources", out, {"agreement": uuid})
