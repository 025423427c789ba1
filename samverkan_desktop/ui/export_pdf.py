"""Arkiv → Exportera PDF…: pick a report, fill its options, save it off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import reports
from ..core.agreement import queries as agreements
from ..core.errors import ValidationError
from ..core.est.kommun import agreement_kommuner
from ..core.follow_up import meetings
from ..core.follow_up import queries as follow_up_queries
from ..core.periods import IsoWeek, Period, tertial_of
from ..core.store.database import Store
from ..core.store.stamps import today
from .context import AppContext
from .dialogs import accept_buttons
from .est.navigator import WeekNavigator
from .i18n import core_text


def export_report(ctx: AppContext, parent, kind: str, out: Path, options: dict, *, on_done=None):
    """Build report ``kind`` in the background on a read-only connection; offer to open it.

    Returns the Task, or None when the user stopped because free text holds personnummer.
    """
    if not ctx.confirm_export(parent=parent):
        return None
    path = ctx.store.path

    def work(progress):
        # A connection of its own: the UI keeps its connection while the PDF is built.
        reader = Store.open(path, user=ctx.store.user, origin=ctx.store.origin, read_only=True)
        try:
            return reports.build(reader, kind, out, progress=progress, **options)
        finally:
            reader.close()

    def success(result: Path) -> None:
        if on_done:
            on_done(result)
            return
        answer = QMessageBox.information(parent, QCoreApplication.translate("ExportPdf", "PDF klar"),
                                         QCoreApplication.translate("ExportPdf", "PDF:en sparades:\n%1")
                                         .replace("%1", str(result)),
                                         QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        if answer == QMessageBox.StandardButton.Open:
            parent.window().open_file_externally(result)

    return ctx.tasks.run(QCoreApplication.translate("ExportPdf", "Skapar PDF …"), work, on_success=success)


class ExportPdfDialog(QDialog):
    """Arkiv → Exportera PDF: the report, then a picker per option (agreement by title, week by the
    navigator, period and year by combo, follow-up and meeting by name), prefilled from what the
    window shows; everything is checked before the save dialog opens.

    ``freeze``: Arkiv → Fastställ rapport… — the same pickers, and the report is kept frozen in the
    workspace instead of saved to a file (ui/frozen_reports.py)."""

    def __init__(self, ctx: AppContext, parent=None, *, initial=None, freeze: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.freeze = freeze
        self.setWindowTitle(self.tr("Fastställ rapport") if freeze else self.tr("Exportera PDF"))
        if initial is None and parent is not None and hasattr(parent, "tabs"):
            from .print_menu import request_for
            initial = request_for(parent)
        self.initial = dict(initial.options) if initial else {}
        self.kinds = reports.all_reports()
        self.kind_box = QComboBox()
        for kind in self.kinds.values():
            self.kind_box.addItem(core_text(kind.title), kind.name)
        if initial is not None and self.kind_box.findData(initial.kind) >= 0:
            self.kind_box.setCurrentIndex(self.kind_box.findData(initial.kind))
        self.kind_box.currentIndexChanged.connect(self._build_form)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        buttons = accept_buttons(self, self._save, self.tr("Fastställ…") if freeze else self.tr("Spara som…"),
                                 save=True)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("&Rapport:"), self.kind_box)
        layout.addLayout(top)
        layout.addLayout(self.form)
        if not self.kinds:
            layout.addWidget(QLabel(self.tr("Inga rapporter finns.")))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._build_form()

    # -- the pickers ---------------------------------------------------------------------------

    def _agreement(self) -> str | None:
        box = self.fields.get("agreement")
        return box.currentData() if isinstance(box, QComboBox) else self.ctx.agreement_uuid

    def _picker(self, key: str, opt, kind: str) -> QWidget:
        store, today_ = self.ctx.store, today()
        if key == "agreement":
            box = QComboBox()
            for row in agreements.list_agreements(store):
                box.addItem(row["title"], row["uuid"])
            box.setCurrentIndex(max(box.findData(self.initial.get("agreement") or self.ctx.agreement_uuid), 0))
            return box
        if key == "week":
            nav = WeekNavigator(shortcut_scope=self)
            start = self.initial.get("week")
            nav.set_week(IsoWeek.parse(start) if start else IsoWeek.of(today_), emit=False)
            return nav
        if key == "period":
            box = QComboBox()
            years = range(today_.year - 3, today_.year + 2)
            periods = ([Period(y) for y in years] if kind == "annual"
                       else [Period(y, t) for y in years for t in (1, 2, 3)])
            for period in periods:
                box.addItem(period.label(), str(period))
            current = self.initial.get("period") or str(Period(today_.year) if kind == "annual"
                                                         else Period(today_.year, tertial_of(today_)))
            box.setCurrentIndex(max(box.findData(current), 0))
            return box
        if key == "year":
            spin = QSpinBox()
            spin.setRange(2000, 2100)
            spin.setValue(int(self.initial.get("year") or today_.year))
            return spin
        if key == "kommun":
            box = QComboBox()
            box.addItem(self.tr("Alla kommuner"), None)
            ag = self._agreement()
            for k in agreement_kommuner(store, ag) if ag else []:
                box.addItem(k.name, k.name)
            box.setCurrentIndex(max(box.findData(self.initial.get("kommun")), 0))
            return box
        if key == "follow_up":
            box = QComboBox()
            ag = self._agreement()
            for row in follow_up_queries.list_follow_ups(store, ag) if ag else []:
                box.addItem(f"{row['title']} ({row['due_date']})", row["uuid"])
            box.setCurrentIndex(max(box.findData(self.initial.get("follow_up")), 0))
            return box
        if key == "meeting":
            box = QComboBox()
            for row in meetings.list_meetings(store):
                box.addItem(f"{row['date']} {row['body']}", row["uuid"])
            return box
        edit = QLineEdit(str(self.initial.get(key) or ""))
        edit.setPlaceholderText(core_text(opt.help))
        return edit

    def _build_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        name = self.kind_box.currentData()
        if not name:
            return
        for opt in self.kinds[name].options:
            key = opt.flag.lstrip("-").replace("-", "_")
            self.fields[key] = self._picker(key, opt, name)
            self.form.addRow(self._label(key, opt), self.fields[key])

    def _label(self, key: str, opt) -> str:
        labels = {"agreement": self.tr("Överenskommelse:"), "week": self.tr("Vecka:"), "period": self.tr("Period:"),
                  "year": self.tr("År:"), "kommun": self.tr("Kommun:"),
                  "follow_up": self.tr("Uppföljningstillfälle:"), "meeting": self.tr("Sammanträde:"),
                  "paragraph": self.tr("Paragraf (§):")}
        return labels.get(key) or core_text(opt.help) + ":"

    def values(self) -> dict:
        """The options as the report wants them. :raises ValidationError: a field that is not valid."""
        kind = self.kinds[self.kind_box.currentData()]
        options = {}
        for opt in kind.options:
            key = opt.flag.lstrip("-").replace("-", "_")
            widget = self.fields[key]
            if isinstance(widget, WeekNavigator):
                options[key] = str(widget.week)
                continue
            if isinstance(widget, QComboBox):
                options[key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                options[key] = widget.value()
            else:
                text = widget.text().strip()
                try:
                    options[key] = opt.type(text) if text else None
                except ValueError:
                    raise ValidationError(self.tr("Ogiltigt värde för {field}: {value}.").format(
                        field=core_text(opt.help), value=repr(text)), field=key) from None
            if opt.required and options[key] in (None, ""):
                raise ValidationError(self.tr("Fyll i: {field}.").format(field=core_text(opt.help)), field=key)
        return options

    def default_name(self, kind: str, options: dict) -> str:
        """A Swedish file name with the week, period or year in it."""
        from .print_menu import safe_name

        title = (self.ctx.store.get("agreement", options.get("agreement") or "") or {}).get("title", "")
        names = {"agreement": safe_name(title), "resources": f"resurser-{safe_name(title)}",
                 "est-week": f"EST-vecka-{options.get('week')}", "tertial": f"EST-analys-{options.get('period')}",
                 "annual": f"EST-analys-{options.get('period')}", "action-plan": f"åtgärdsplan-{options.get('year')}",
                 "communication-plan": f"kommunikationsplan-{options.get('year')}",
                 "follow-up": f"uppföljning-{(self.ctx.store.get('follow_up', options.get('follow_up') or '') or {}).get('due_date', '')}",
                 "paragraph": f"protokollsutdrag-§{options.get('paragraph')}"}
        return names.get(kind, kind) + ".pdf"

    def _save(self) -> None:
        kind = self.kinds[self.kind_box.currentData()]
        try:
            options = self.values()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Exportera PDF"), str(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        if self.freeze:
            from .frozen_reports import freeze

            freeze(self.ctx, self.parent() or self, kind.name, options)
            self.accept()
            return
        default = self.ctx.store.path.parent / self.default_name(kind.name, options)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara PDF"), str(default), self.tr("PDF (*.pdf)"))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        export_report(self.ctx, self.parent() or self, kind.name, out,
                      {k: v for k, v in options.items() if v is not None})
        self.accept()
