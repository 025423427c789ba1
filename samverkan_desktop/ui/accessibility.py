"""Accessible names: what a screen reader says for each control.

``unnamed(root)`` lists the interactive widgets under ``root`` that a screen reader could only
call "edit field" or "button": no accessible name, no text of their own, no label that is their
buddy, no tooltip. The test walks the main window with it; new screens can call it in their tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractItemView, QAbstractSlider, QTabBar)


def buddies(root: QWidget) -> set[int]:
    """ids of the widgets some label under ``root`` names (its buddy)."""
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _inner(widget: QWidget) -> bool:
    """Parts of a composite control (a combo's editor and popup list, a spin box's editor)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _reachable(widget: QWidget) -> bool:
    """Reached with Tab (scroll bars, headers, a table's corner button and clear buttons are not)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def has_name(widget: QWidget, named_by_label: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in named_by_label:
        return True
    if isinstance(widget, QAbstractButton) and (widget.text().strip() or widget.toolTip().strip()):
        return True
    if isinstance(widget, QTabBar):
        return all(widget.tabText(i).strip() for i in range(widget.count()))
    if isinstance(widget, QLineEdit) and widget.parentWidget() is not None and isinstance(
            widget.parentWidget(), QComboBox):
        return True
    return False


def unnamed(root: QWidget) -> list[QWidget]:
    """The interactive widgets under ``root`` that have no name a screen reader could say."""
    labelled = buddies(root)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _reachable(widget) or _inner(widget):
            continue
        if not has_name(widget, labelled):
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """``ClassName 'objectName' in Parent > Parent`` for a test failure message."""
    chain, w = [], widget.parentWidget()
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    hint = getattr(widget, "placeholderText", lambda: "")() if hasattr(widget, "placeholderText") else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {hint!r} in {' > '.join(chain)}"


def _label_before(widget: QWidget) -> str:
    """The text of the label just before ``widget`` in its parent's layout (a row's caption)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    items = [layout.itemAt(i).widget() for i in range(layout.count())]
    if widget not in items:
        return ""
    for previous in reversed(items[:items.index(widget)]):
        if isinstance(previous, QLabel) and previous.text().strip() and previous.buddy() is None:
            return previous.text()
        if previous is not None and isinstance(previous, INTERACTIVE):
            return ""
    return ""


def _tab_title(widget: QWidget) -> str:
    """The title of the tab ``widget`` is the page of (a table alone on a tab)."""
    stack = widget.parentWidget()
    tabs = stack.parentWidget() if stack is not None else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
        return tabs.tabText(tabs.indexOf(widget))
    return ""


def _headers(view: QAbstractItemView) -> str:
    model = view.model()
    if model is None:
        return ""
    names = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(min(model.columnCount(), 4))]
    return ", ".join(n for n in names if n)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def ensure_names(root: QWidget) -> int:
    """Give every unnamed control under ``root`` the name a sighted user reads next to it.

    Placeholder text, tooltip, the caption label before it in the layout, or — for a table —
    its column headings. Explicit names (``setAccessibleName``, a buddy label) always win;
    this only fills gaps, so a new screen is never silent. Returns how many were named.
    """
    named = 0
    for widget in unnamed(root):
        text = ""
        if hasattr(widget, "placeholderText"):
            text = widget.placeholderText()
        if isinstance(widget, QComboBox) and widget.isEditable():
            text = widget.lineEdit().placeholderText()
        text = text or widget.toolTip() or _label_before(widget) or _tab_title(widget)
        if not text and isinstance(widget, QAbstractItemView):
            headers = _headers(widget)
            text = QCoreApplication.translate("Accessibility", "Tabell: %1").replace("%1", headers) if headers else ""
        if text:
            widget.setAccessibleName(_plain(text))
            named += 1
    return named
