"""Hjälp → Användarguide: the user guide in the chosen language (docs/guide/*.md, English in
docs/guide/en/) in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..core import i18n, paths


class GuideWindow(QWidget):
    """A markdown browser over the guide: links between pages, back/forward, pictures."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the main window
        self.setWindowTitle(self.tr("Användarguide – Samverkan Desktop"))
        self.resize(900, 760)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Användarguidens text"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._outside_link)
        folder = paths.guide_dir(i18n.language())
        self.browser.setSearchPaths([str(folder)])
        self.home_url = QUrl.fromLocalFile(str(folder / "index.md"))
        self.back = QPushButton(self.tr("< &Bakåt"))
        self.back.setShortcut(QKeySequence.StandardKey.Back)
        self.forward = QPushButton(self.tr("&Framåt >"))
        self.forward.setShortcut(QKeySequence.StandardKey.Forward)
        self.home = QPushButton(self.tr("&Innehåll"))
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        row = QHBoxLayout()
        for button in (self.back, self.forward, self.home):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.browser.setSource(self.home_url, QTextDocument.ResourceType.MarkdownResource)

    def show_page(self, name: str) -> None:
        """Open ``name`` (e.g. ``"dela-filer.md"``) from the guide."""
        self.browser.setSource(self.home_url.resolved(QUrl(name)), QTextDocument.ResourceType.MarkdownResource)

    def _outside_link(self, url: QUrl) -> None:
        # Pages of the guide open here; a web address opens in the browser.
        if url.scheme() in ("http", "https", "mailto"):
            self.browser.setSource(self.browser.source())
            QDesktopServices.openUrl(url)
