"""Finding widgets and columns by name, not by position (a reordered column must not break a test)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def column(model, header: str) -> int:
    """The index of the column whose header text is ``header``."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header in headers, f"no column {header!r} in {headers}"
    return headers.index(header)


def cell(model, row: int, header: str):
    """The display text of ``row`` in the column headed ``header``."""
    return model.index(row, column(model, header)).data()


def tab(window, object_name: str):
    """The main window's tab whose objectName is ``object_name``, made current."""
    for i in range(window.tabs.count()):
        if window.tabs.widget(i).objectName() == object_name:
            window.tabs.setCurrentIndex(i)
            return window.tabs.widget(i)
    raise AssertionError(f"no tab {object_name!r}")
