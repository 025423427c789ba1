"""Arkiv → Skriv ut… (Ctrl+P): the shown tab's natural document for what is on screen, previewed.

The agreement tab prints the agreement, Resurser the resource register, EST-logg the open week's
meeting pack (or the shown analysis period), Uppföljning the selected follow-up, Kommunikationsplan
the shown year's plan. The PDF is built in the background with the same report code as the CLI and
shown in :class:`PrintPreview`, which prints it or saves it as PDF.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.follow_up import queries as follow_up_queries
from .export_pdf import export_report


@dataclass
class PrintRequest:
    """Which report to build for what is on screen, and the file name to offer."""

    kind: str
    options: dict = field(default_factory=dict)
    file_name: str = "utskrift.pdf"


def safe_name(text: str) -> str:
    """A file name part from a title: letters, digits, å/ä/ö and dashes."""
    return re.sub(r"[^\wåäöÅÄÖ.-]+", "-", text).strip("-")[:60] or "utskrift"


def request_for(window) -> PrintRequest | None:
    """The document of the tab on screen (None with a message when there is nothing to print)."""
    tab = window.tabs.currentWidget() if window.tabs is not None else None
    ctx = window.ctx
    ag = ctx.agreement_uuid if ctx else None
    if tab is None or not ag:
        return None
    title = (ctx.store.get("agreement", ag) or {}).get("title", "")
    name = tab.objectName()
    if name == "agreement_tab":
        return PrintRequest("agreement", {"agreement": ag}, f"{safe_name(title)}.pdf")
    if name == "resources_tab":
        return PrintRequest("resources", {"agreement": ag}, f"resurser-{safe_name(title)}.pdf")
    if name == "est_tab":
        kommun = getattr(tab, "kommun", None)
        options = {"agreement": ag, "kommun": kommun.name if kommun else None}
        if tab.views.currentWidget() is getattr(tab, "analysis", None):
            period = tab.analysis.period
            return PrintRequest("tertial" if period.tertial else "annual", {**options, "period": str(period)},
                                f"EST-analys-{period}.pdf")
        week = tab.navigator.week
        return PrintRequest("est-week", {**options, "week": str(week)}, f"EST-vecka-{week}.pdf")
    if name == "follow_up_tab":
        uuid = tab.occasions.selected_uuid()
        if uuid is None:
            rows = follow_up_queries.list_follow_ups(ctx.store, ag)
            uuid = rows[0]["uuid"] if rows else None  # the first occasion when none is selected
        if uuid is None:
            window.statusBar().showMessage(QCoreApplication.translate("PrintMenu", "Det finns inget uppföljningstillfälle att skriva ut."), 6000)
            return None
        row = ctx.store.get("follow_up", uuid) or {}
        return PrintRequest("follow-up", {"follow_up": uuid}, f"uppföljning-{row.get('due_date', '')}.pdf")
    if name == "communication_tab":
        plan = getattr(tab, "plan", None)
        if not plan:
            window.statusBar().showMessage(QCoreApplication.translate("PrintMenu", "Det finns ingen kommunikationsplan att skriva ut."), 6000)
            return None
        return PrintRequest("communication-plan", {"agreement": ag, "year": plan["year"]},
                            f"kommunikationsplan-{plan['year']}.pdf")
    return None


def install(window) -> QAction:
    """Register Arkiv → Skriv ut… (Ctrl+P)."""
    return window.action_registry.add(
        "file.print", QCoreApplication.translate("PrintMenu", "Skriv &ut…"), lambda: print_current(window),
        menu="file", section="export", shortcut=QKeySequence.StandardKey.Print, icon="pdf", toolbar=True,
        toolbar_section="export",
        tip=QCoreApplication.translate("PrintMenu", "Skriv ut det som visas: veckan, uppföljningen, planen … "
                                                    "med förhandsvisning (Ctrl+P)"))


def print_current(window, *, on_preview=None):
    """Build the shown tab's document in the background and open the preview when it is ready."""
    request = request_for(window)
    if request is None:
        return None
    out = Path(tempfile.mkdtemp(prefix="samverkan-print-")) / request.file_name

    def show(path: Path) -> None:
        preview = PrintPreview(path, request.file_name, window.ctx.store.path.parent, window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_preview:
            on_preview(preview)
        preview.open()

    return export_report(window.ctx, window, request.kind, out,
                         {k: v for k, v in request.options.items() if v is not None}, on_done=show)


class PrintPreview(QDialog):
    """The PDF's pages, with Skriv ut… (the system's print dialog) and Spara som PDF…."""

    def __init__(self, pdf: Path, file_name: str, folder: Path, parent=None):
        super().__init__(parent)
        self.pdf, self.file_name, self.folder = pdf, file_name, folder
        self.setWindowTitle(self.tr("Förhandsvisning – {name}").format(name=file_name))
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for i in range(self.document.pageCount()):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(self._page(i, 700)))
            label.setStyleSheet("border: 1px solid #bbb; background: white;")
            column.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #e8e8e8; }")
        self.pages_label = QLabel(self.tr("{n} sidor").format(n=self.document.pageCount())
                                  if self.document.pageCount() != 1 else self.tr("1 sida"))
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Skriv ut…"))
        self.save_button = QPushButton(self.tr("Spara som PDF…"))
        close = QPushButton(self.tr("Stäng"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_pages)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self.resize(820, 900)

    def _page(self, index: int, width: int) -> QImage:
        size = self.document.pagePointSize(index)
        scale = width / size.width() if size.width() else 1
        return self.document.render(index, QSize(width, int(size.height() * scale)))

    def print_pages(self) -> bool:
        """Print through the system's dialog; True when pages were sent."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                area = painter.viewport()
                image = self._page(i, area.width())
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(0, 0, image.scaled(scaled))
        finally:
            painter.end()

    def save_as(self, path: str | None = None) -> Path | None:
        """Copy the PDF to a file the user chooses (default: the Swedish name with week or period)."""
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Spara som PDF"),
                                                        str(self.folder / self.file_name), "PDF (*.pdf)")
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        target.write_bytes(self.pdf.read_bytes())
        return target
