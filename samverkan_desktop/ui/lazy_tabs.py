"""A QTabWidget whose pages are built when first shown: the main window's tabs, EST's sub-views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .widgets import size_by_current_page


class LazyTabs(QTabWidget):
    """A QTabWidget whose pages are built the first time they are shown or asked for.

    Each page starts as an empty holder; :meth:`widget`, :meth:`currentWidget` and :meth:`indexOf`
    speak of the tab inside it (building it when needed), so callers never see a holder.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._factories: list = []
        self._built: dict[int, QWidget] = {}
        self.currentChanged.connect(self.build)

    def add_lazy(self, factory: Callable[[], QWidget], title: str) -> int:
        """Add a page that ``factory()`` builds when it is first shown or asked for."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._factories.append(factory)
        index = self.addTab(holder, title)
        size_by_current_page(self)  # a tall page elsewhere does not set this one's least size
        return index

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a page that exists already."""
        index = self.add_lazy(lambda: widget, title)
        self.build(index)
        return index

    def build(self, index: int) -> QWidget | None:
        """The tab at ``index``, built now if it was not yet."""
        if index < 0 or index >= len(self._factories):
            return None
        if index not in self._built:
            tab = self._factories[index]()
            self._built[index] = tab
            holder = super().widget(index)
            holder.layout().addWidget(tab)
            if holder.isVisible():
                tab.show()  # now, not queued: the tab loads before anyone looks at it
        return self._built[index]

    def built(self, index: int) -> QWidget | None:
        """The tab at ``index`` if it has been built, else None (without building it)."""
        return self._built.get(index)

    def built_tabs(self) -> list[QWidget]:
        """The tabs built so far, in tab order."""
        return [self._built[i] for i in sorted(self._built)]

    def widget(self, index: int) -> QWidget | None:  # noqa: D102 (QTabWidget's, with the tab inside)
        return self.build(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802, D102
        return self.build(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802, D102
        for i, tab in self._built.items():
            if tab is widget:
                return i
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802, D102
        self.setCurrentIndex(self.indexOf(widget))
