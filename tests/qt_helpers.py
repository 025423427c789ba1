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


def open_window(qtbot, store=None, *, path=None, user: str | None = None):
    """A shown main window over ``store`` (or the workspace file at ``path``, or none), with ``user`` as
    the name in the settings; closed with the test."""
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    settings = Settings()
    if user:
        settings.set("user/name", user)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    if store is not None:
        window.set_store(store)
    if path is not None:
        window.open_path(path)
    window.show()
    return window


def est_tab_alone(qtbot, store, agreement: str):
    """The EST tab by itself in a shown 1300×800 host over ``store``, ``agreement`` selected, loaded."""
    from PySide6.QtWidgets import QWidget

    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.est.tab import EstTab
    from samverkan_desktop.ui.settings import Settings

    host = QWidget()
    qtbot.addWidget(host)
    ctx = AppContext(store, Settings(), parent=host)
    ctx.select_agreement(agreement)
    tab = EstTab(ctx, host)
    host.resize(1300, 800)
    host.show()
    tab.resize(1300, 800)
    tab.reload()
    return ctx, tab


def choose(box, value) -> None:
    """Pick the entry of combo ``box`` whose value (item data) is ``value``: None is "Alla …" / "(ingen)"."""
    index = box.findData(value)
    assert index >= 0, f"no entry with value {value!r}"
    box.setCurrentIndex(index)
