"""Kodlistor: edit incident categories, sources and areas. Renames keep the uuid (history holds),
codes are switched off rather than deleted, and every change is one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement import queries as agreements
from ...core.est import codelists
from ...core.est import codes as est_codes
from ..dialogs import close_button
from ..i18n import core_text
from ..models import Column, RowsModel
from ..widgets import current_uuid, make_table, push_button, resize_to_contents, select_uuid

_GREY = QColor("#e6e6e6")


class _ListPage(QWidget):
    """Shared layout: a table, a name field and buttons acting on the selected row.

    Subclasses name their core operations ``rename_operation(store, uuid, name)`` and
    ``move_operation(store, uuid, delta)`` (staticmethods).
    """

    rename_operation: Callable[..., object]
    move_operation: Callable[..., object]

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Namn"))
        self.buttons = QHBoxLayout()
        self.up = push_button(self.tr("Upp"), lambda: self.move(-1), self.tr("Flytta upp (Ctrl+Upp)"))
        self.down = push_button(self.tr("Ner"), lambda: self.move(1), self.tr("Flytta ner (Ctrl+Ner)"))
        self.rename_button = push_button(
            self.tr("Byt namn"), self.rename,
            self.tr("Byt namn på den markerade till texten i fältet (historiken behålls)"))

    def _setup(self, model: RowsModel, hint: str) -> None:
        self.model = model
        self.table = make_table(model, stretch_column=0)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(hint))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addLayout(self.buttons)
        layout.addLayout(row)
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda d=delta: self.move(d))
        self.name.returnPressed.connect(self.add)

    def current_uuid(self) -> str | None:
        return current_uuid(self.table)

    def select(self, uuid: str | None) -> None:
        select_uuid(self.table, uuid, or_first=False)

    def _on_current(self, current, _previous) -> None:
        # Never prefill the name: typing a new code after selecting one must not extend its name.
        if current.isValid():
            self.name.setPlaceholderText(self.tr("Nytt namn, eller nytt namn för ”{name}”").format(
                name=self._label(self.model.row_at(current))))

    def _run(self, op) -> None:
        keep = self.current_uuid()
        changes = self.ctx.perform(op, parent=self)
        if changes is not None:
            self.reload()
            self.select(keep or next(iter(changes.uuids), None))

    def rename(self) -> None:
        uuid, name = self.current_uuid(), self.name.text()
        if uuid and not name.strip():  # first press: the current name to edit
            self.name.setText(self._label(self.model.row_at(self.table.currentIndex())))
            self.name.selectAll()
            self.name.setFocus()
            return
        if uuid:
            self._run(lambda s: self.rename_operation(s, uuid, name))

    def move(self, delta: int) -> None:
        uuid = self.current_uuid()
        if uuid:
            self._run(lambda s: self.move_operation(s, uuid, delta))


class CodeListPage(_ListPage):
    """One code list (incident categories or sources)."""

    rename_operation = staticmethod(est_codes.rename_code)
    move_operation = staticmethod(est_codes.move_code)

    def __init__(self, ctx, list_name: str, parent=None):
        super().__init__(ctx, parent)
        self.list_name = list_name
        self.add_button = push_button(self.tr("Lägg till"), self.add)
        self.toggle_button = push_button(
            self.tr("Inaktivera"), self.toggle,
            self.tr("En inaktiv kod syns inte vid registrering men finns kvar i historiken"))
        for b in (self.add_button, self.rename_button, self.up, self.down, self.toggle_button):
            self.buttons.addWidget(b)
        model = RowsModel([Column(self.tr("Namn"), "label"),
                           Column(self.tr("Aktiv"), lambda r: self.tr("ja") if r["active"] else self.tr("nej"))],
                          background=lambda r: None if r["active"] else _GREY)
        self._setup(model, self.tr("Skriv ett namn och tryck Enter för att lägga till. Markera en rad för att "
                                   "byta namn, flytta eller inaktivera."))

    def _label(self, row: dict) -> str:
        return row["label"]

    def reload(self) -> None:
        self.model.set_rows(codelists.codes(self.ctx.store, self.list_name, include_inactive=True))
        resize_to_contents(self.table)

    def _on_current(self, current, previous) -> None:
        super()._on_current(current, previous)
        if current.isValid():
            active = self.model.row_at(current)["active"]
            self.toggle_button.setText(self.tr("Inaktivera") if active else self.tr("Aktivera"))

    def add(self) -> None:
        name, list_name = self.name.text(), self.list_name
        changes = self.ctx.perform(lambda s: est_codes.add_code(s, list_name, name), parent=self)
        if changes is not None:
            self.reload()
            self.select(changes.created("code_item")[0])

    def toggle(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            active = not self.ctx.store.get("code_item", uuid)["active"]
            self._run(lambda s: est_codes.set_code_active(s, uuid, active))


class AreaPage(_ListPage):
    """The agreement's kommun areas with their områden and platser."""

    rename_operation = staticmethod(est_codes.rename_area)
    move_operation = staticmethod(est_codes.move_area)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.add_area_button = push_button(
            self.tr("Nytt område"), self.add,
            self.tr("Nytt område under den markerade kommunen (eller samma kommun)"))
        self.add_place_button = push_button(self.tr("Ny plats"), self.add_place,
                                            self.tr("Ny plats under det markerade området"))
        self.remove_button = push_button(
            self.tr("Ta bort"), self.remove,
            self.tr("Ta området ur bruk; registrerade händelser behåller namnet (kan ångras)"))
        for b in (self.add_area_button, self.add_place_button, self.rename_button, self.up, self.down,
                  self.remove_button):
            self.buttons.addWidget(b)
        model = RowsModel([Column(self.tr("Namn"), lambda r: "      " * r["depth"] + r["name"]),
                           Column(self.tr("Nivå"), lambda r: core_text(r["level"]))])
        self._setup(model, self.tr("Områden och platser i överenskommelsens kommuner. Ett namnbyte behåller "
                                   "historiken."))
        self.party = QComboBox()
        self.add_kommun_button = push_button(self.tr("Ny kommun för part"), self.add_kommun)
        kommun_row = QHBoxLayout()
        kommun_row.addWidget(QLabel(self.tr("Part:")))
        kommun_row.addWidget(self.party, 1)
        kommun_row.addWidget(self.add_kommun_button)
        self.layout().addLayout(kommun_row)

    def _label(self, row: dict) -> str:
        return row["name"]

    def reload(self) -> None:
        ag = self.ctx.agreement_uuid
        self.model.set_rows(est_codes.area_tree(self.ctx.store, ag) if ag else [])
        resize_to_contents(self.table)
        self.party.clear()
        for p in agreements.agreement_parties(self.ctx.store, ag) if ag else []:
            self.party.addItem(p.name, p.party_uuid)

    def _selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _parent_of_level(self, level: str) -> str | None:
        row = self._selected()
        rows = {r["uuid"]: r for r in self.model.rows}
        while row is not None and row["level"] != level:
            row = rows.get(row["parent_uuid"])
        if row is None and level == "kommun":
            kommuner = [r for r in self.model.rows if r["level"] == "kommun"]
            row = kommuner[0] if len(kommuner) == 1 else None
        return row["uuid"] if row else None

    def add(self) -> None:
        name, parent = self.name.text(), self._parent_of_level("kommun")
        self._run(lambda s: est_codes.add_area(s, name, parent_uuid=parent, level=est_codes.AREA_LEVELS[1]))

    def add_place(self) -> None:
        name, parent = self.name.text(), self._parent_of_level(est_codes.AREA_LEVELS[1])
        self._run(lambda s: est_codes.add_area(s, name, parent_uuid=parent, level="plats"))

    def add_kommun(self) -> None:
        name, party = self.name.text(), self.party.currentData()
        self._run(lambda s: est_codes.add_area(s, name, parent_uuid=None, level="kommun", party_uuid=party))

    def remove(self) -> None:
        uuid = self.current_uuid()
        if uuid and self.ctx.perform(lambda s: est_codes.remove_area(s, uuid), parent=self) is not None:
            self.reload()


class CodeListsDialog(QDialog):
    """Kodlistor (Ctrl+K in the EST tab)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kodlistor"))
        self.categories = CodeListPage(ctx, codelists.INCIDENT_CATEGORY)
        self.sources = CodeListPage(ctx, codelists.SOURCE)
        self.areas = AreaPage(ctx)
        self.pages = QTabWidget()
        self.pages.addTab(self.categories, self.tr("Kategorier"))
        self.pages.addTab(self.sources, self.tr("Källor"))
        self.pages.addTab(self.areas, self.tr("Områden"))
        self.defaults_button = push_button(self.tr("Lägg in standardkoder"), self.install_defaults,
                                           self.tr("Kategorier och källor från EST-praxis (befintliga koder ändras inte)"))
        buttons = close_button(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.defaults_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(bottom)
        self.resize(640, 560)
        self.reload()

    def reload(self) -> None:
        for page in (self.categories, self.sources, self.areas):
            page.reload()

    def install_defaults(self) -> None:
        if self.ctx.perform(est_codes.install_default_codes, parent=self) is not None:
            self.reload()
