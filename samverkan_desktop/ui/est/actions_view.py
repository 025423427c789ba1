"""Actions (åtgärder): the panel of a week's open actions and the "Öppna åtgärder" view across weeks.

Overdue actions (open and past their due date) get a red background and the word "försenad".
The status changes quickly: the status combo above the table, or Ctrl+1…4 in the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.est import ops as est_ops
from ...core.est import queries as est
from ..i18n import _, core_text
from ..models import Column, RowsModel
from ..widgets import current_uuid, resize_to_contents, select_uuid, sorted_table, split

OVERDUE = QColor("#f8d0d0")
CLOSED = QColor("#ececec")
PRIORITY_ONE = QColor("#fff1c2")


def status_text(row: dict) -> str:
    status = core_text(row["status"])
    return status + " – " + _("försenad") if row.get("overdue") else status


def _background(row: dict):
    if row.get("overdue"):
        return OVERDUE
    return CLOSED if row["status"] in est_ops.CLOSED_ACTION_STATUSES else None


def _owner(row: dict) -> str:
    party = row.get("party_short") or row.get("party_name")
    return ", ".join(p for p in (party, row.get("responsible_function")) if p)


def _tooltip(row: dict) -> str:
    parts = [row["description"]]
    if row.get("problem"):
        parts.append(f"Problem: {row['problem']}")
    if row.get("form_name"):
        parts.append(f"Samverkansform: {row['form_name']}")
    if row.get("feedback"):
        parts.append(f"Återkoppling: {row['feedback']}")
    if row.get("closed_on"):
        parts.append(f"Avslutad {row['closed_on']}")
    return "\n".join(parts)


class ActionsPanel(QWidget):
    """A table of actions with "Ny åtgärd", "Ändra" and a quick status change."""

    new_requested = Signal()
    edit_requested = Signal(str)

    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Vecka"), lambda r: f"{r['raised_year']}-v{r['raised_week']:02d}"),
            Column(self.tr("Åtgärd"), "description", tooltip=_tooltip),
            Column(self.tr("Område"), "area"),
            Column(self.tr("Ansvarig"), _owner),
            Column(self.tr("Klart senast"), "due_date"),
            Column(self.tr("Status"), status_text),
        ], background=_background)
        # The query's order (earliest due first) until a header is clicked.
        self.proxy, self.table = sorted_table(self.model, "action_table", stretch_column=1, order_by=None)
        self.title = QLabel(f"<b>{title}</b>")
        self.summary = QLabel()
        self.status = QComboBox()
        self.status.setObjectName("action_status")
        for status in est_ops.ACTION_STATUSES:
            self.status.addItem(core_text(status), status)
        self.status.setToolTip(self.tr("Ändra den markerade åtgärdens status (Ctrl+1 planerad, Ctrl+2 pågår, "
                               "Ctrl+3 klar, Ctrl+4 inställd)"))
        self.status.setEnabled(False)
        self.new_button = QPushButton(self.tr("Ny åtgärd…"))
        self.new_button.setToolTip(self.tr("Ny åtgärd (Ctrl+Shift+A)"))
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.setToolTip(self.tr("Ändra den markerade åtgärden (dubbelklick)"))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.summary, 1)
        head.addWidget(QLabel(self.tr("Status:")))
        head.addWidget(self.status)
        head.addWidget(self.edit_button)
        head.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)

        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.status.activated.connect(lambda _i: self.set_status(self.status.currentData()))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button.clicked.connect(self._edit)
        for n, status in enumerate(est_ops.ACTION_STATUSES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=status: self.set_status(s))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self._edit)

    def set_rows(self, rows: list[dict]) -> None:
        """Show ``rows`` and keep the same action selected."""
        keep = self.current_uuid()
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.get("overdue"))
        late = self.tr("{n} försenade").format(n=overdue)
        self.summary.setText(self.tr("{n} st").format(n=len(rows))
                             + (f", <span style='color:#a00000'><b>{late}</b></span>" if overdue else ""))
        resize_to_contents(self.table, 240)
        select_uuid(self.table, keep, or_first=False)
        self._on_current(self.table.currentIndex(), None)

    def current_uuid(self) -> str | None:
        return current_uuid(self.table)

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def select_uuid(self, uuid: str) -> bool:
        return select_uuid(self.table, uuid, or_first=False)

    def _on_current(self, current, _previous) -> None:
        row = self.current_row() if current is not None and current.isValid() else None
        self.status.setEnabled(row is not None)
        self.edit_button.setEnabled(row is not None)
        if row:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(max(self.status.findData(row["status"]), 0))
            self.status.blockSignals(False)

    def set_status(self, status: str) -> None:
        """Change the selected action's status (closing stamps today; one undo step)."""
        uuid = self.current_uuid()
        if uuid and (self.current_row() or {}).get("status") != status:
            self.ctx.perform(lambda s: est_ops.set_action_status(s, uuid, status), parent=self)

    def _edit(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.edit_requested.emit(uuid)


class OpenActionsView(QWidget):
    """Öppna åtgärder: the prioritised problems and every open action across weeks."""

    new_action_requested = Signal()
    edit_action_requested = Signal(str)
    new_problem_requested = Signal()
    edit_problem_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.kommun = None  # a core.est.kommun.Kommun: only its problems and actions
        self.ctx = ctx
        self.problems = RowsModel([
            Column(self.tr("Prio"), "priority", align_right=True), Column(self.tr("Problem"), "description"),
            Column(self.tr("Område"), "area"),
            Column(self.tr("Sedan"), lambda r: f"{r['raised_year']}-v{r['raised_week']:02d}"),
            Column(self.tr("Status"), lambda r: core_text(r["status"])),
            Column(self.tr("Öppna åtgärder"), "open_actions", align_right=True),
        ], background=lambda r: PRIORITY_ONE if r["priority"] == 1 and r["status"] == "aktivt" else None)
        # Priority order until a header is clicked.
        self.problem_proxy, self.problem_table = sorted_table(self.problems, "problem_table", stretch_column=1,
                                                              order_by=None)
        self.show_closed_problems = QCheckBox(self.tr("Visa avslutade problem"))
        new_problem = QPushButton(self.tr("Nytt problem…"))
        edit_problem = QPushButton(self.tr("Ändra problem…"))
        self.actions = ActionsPanel(ctx, self.tr("Åtgärder över alla veckor"))
        self.show_closed = QCheckBox(self.tr("Visa även klara och inställda åtgärder"))
        self.show_closed.setObjectName("show_closed_actions")

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Prioriterade problem</b>")))
        head.addStretch(1)
        head.addWidget(self.show_closed_problems)
        head.addWidget(edit_problem)
        head.addWidget(new_problem)
        tl.addLayout(head)
        tl.addWidget(self.problem_table)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.actions, 1)
        bl.addWidget(self.show_closed)
        splitter = split(top, bottom, vertical=True, sizes=(220, 420))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.show_closed.toggled.connect(lambda _c: self.load())
        self.show_closed_problems.toggled.connect(lambda _c: self.load())
        new_problem.clicked.connect(self.new_problem_requested.emit)
        edit_problem.clicked.connect(self._edit_problem)
        self.problem_table.doubleClicked.connect(lambda _i: self._edit_problem())
        self.actions.new_requested.connect(self.new_action_requested.emit)
        self.actions.edit_requested.connect(self.edit_action_requested.emit)

    def load(self) -> None:
        ag, store = self.ctx.agreement_uuid, self.ctx.store
        self.problems.set_rows(est.list_problems(store, ag, include_closed=self.show_closed_problems.isChecked(),
                                                 kommun=self.kommun) if ag else [])
        resize_to_contents(self.problem_table, 420)
        self.actions.set_rows(est.actions_overview(store, ag, include_closed=self.show_closed.isChecked(),
                                                   kommun=self.kommun) if ag else [])

    def _edit_problem(self) -> None:
        index = self.problem_table.currentIndex()
        if index.isValid():
            self.edit_problem_requested.emit(self.problems.row_at(self.problem_proxy.mapToSource(index))["uuid"])
