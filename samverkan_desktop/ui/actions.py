"""The main window's actions: every menu and toolbar entry, declared in one registry.

The registry owns the menus (Arkiv, Redigera, Hjälp) and the toolbar, and each action's Swedish
text, shortcut(s), tooltip, icon and enabled state. It refuses a shortcut that another action
already has (a test walks every action of the window as well), and every toolbar action must
have a tooltip.

Adding an action — from the window, a tab's feature or a module in ``EXTENSIONS``
(``install(window)`` gets the window; ``window.action_registry`` is this registry)::

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence

    def install(window) -> None:
        window.action_registry.add(
            "file.print",                                    # unique name (= objectName)
            QCoreApplication.translate("PrintMenu", "Skriv &ut…"),  # Swedish, marked for translation
            lambda: window.tabs.currentWidget().print_pdf(),
            menu="file", section="export",                   # where: see MENUS below
            shortcut=QKeySequence.StandardKey.Print,         # str, StandardKey or a tuple of them
            tip=QCoreApplication.translate("PrintMenu", "Skriv ut fliken som PDF"),
            icon="pdf",                                      # resources/icons/<name>.svg
            toolbar=False,                                   # True: also on the toolbar (tip required)
            enabled=lambda w: hasattr(w.tabs.currentWidget(), "print_pdf"),  # besides "a file is open"
        )

``needs_store=False`` keeps an action enabled while no workspace is open (Öppna, Avsluta, Om).
The slot runs through one error hook: a :class:`SamverkanError` is shown as one Swedish line.
A Hjälp entry is ``menu="help"`` (e.g. ``"help.guide"``, "&Användarguide", ``shortcut="F1"``).
Get an action back with ``window.action_registry["file.print"]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from .errors import guarded
from .icons import icon as _icon

# Menu → its sections, in order. An action goes at the end of its section; separators between
# sections (empty sections collapse).
MENUS: dict[str, tuple[str, ...]] = {
    "file": ("workspace", "recent", "import", "exchange", "export", "quit"),
    "edit": ("undo", "edit", "exchange"),
    "help": ("help", "about"),
}
# The toolbar's sections, in order (the agreement chooser sits before them).
TOOLBAR: tuple[str, ...] = ("undo", "edit", "export")

Shortcut = str | QKeySequence | QKeySequence.StandardKey


@dataclass
class _Menu:
    menu: QMenu
    ends: dict[str, QAction] = field(default_factory=dict)  # section → its closing separator


class ActionRegistry:
    """The actions, menus and toolbar of one main window."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self._actions: dict[str, QAction] = {}
        self._enabled: dict[str, Callable[[QMainWindow], bool] | None] = {}
        self._needs_store: dict[str, bool] = {}
        self._menus: dict[str, _Menu] = {}
        self.toolbar = QToolBar(window.tr("Verktyg"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self._toolbar_ends = {section: self.toolbar.addSeparator() for section in TOOLBAR}

    # -- menus ---------------------------------------------------------------------------------

    def add_menu(self, key: str, title: str) -> QMenu:
        """Create the menu ``key`` (one of MENUS) on the window's menu bar."""
        menu = self.window.menuBar().addMenu(title)
        menu.setObjectName(f"{key}_menu")
        entry = _Menu(menu)
        for section in MENUS[key]:
            entry.ends[section] = menu.addSeparator()
        self._menus[key] = entry
        return menu

    def menu(self, key: str) -> QMenu:
        return self._menus[key].menu

    def add_submenu(self, menu: str, section: str, title: str) -> QMenu:
        """A submenu (e.g. Arkiv → Senaste) at the end of ``section``."""
        sub = QMenu(title, self.window)
        self._menus[menu].menu.insertMenu(self._menus[menu].ends[section], sub)
        return sub

    # -- actions -------------------------------------------------------------------------------

    def add(self, name: str, text: str, slot: Callable[[], object], *, menu: str | None = None,
            section: str | None = None, shortcut: Shortcut | Iterable[Shortcut] | None = None,
            tip: str = "", icon: str | None = None, toolbar: bool = False,
            toolbar_section: str = "edit", needs_store: bool = True,
            enabled: Callable[[QMainWindow], bool] | None = None) -> QAction:
        """Create, place and return the action ``name`` (see the module docstring)."""
        if name in self._actions:
            raise ValueError(f"action {name!r} is registered twice")
        if toolbar and not tip:
            raise ValueError(f"toolbar action {name!r} needs a tooltip")
        action = QAction(text, self.window)
        action.setObjectName(name)
        keys = _sequences(shortcut)
        for key in keys:
            other = self.owner_of(key)
            if other is not None:
                raise ValueError(f"shortcut {key.toString()} of {name!r} is already {other!r}'s")
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon:
            action.setIcon(_icon(icon))
        action.triggered.connect(guarded(self.window, slot))
        self._actions[name] = action
        self._enabled[name] = enabled
        self._needs_store[name] = needs_store
        if menu is not None:
            entry = self._menus[menu]
            entry.menu.insertAction(entry.ends[section or MENUS[menu][-1]], action)
        if toolbar:
            self.toolbar.insertAction(self._toolbar_ends[toolbar_section], action)
        self._update_one(name)
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: str) -> bool:
        return name in self._actions

    def __iter__(self):
        return iter(self._actions.values())

    def owner_of(self, key: QKeySequence) -> str | None:
        """The name of the action that has shortcut ``key``, if any."""
        for name, action in self._actions.items():
            if any(k.matches(key) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts()):
                return name
        return None

    # -- state ---------------------------------------------------------------------------------

    def update(self) -> None:
        """Enable what can run now (called by the window whenever its state changes)."""
        for name in self._actions:
            self._update_one(name)

    def _update_one(self, name: str) -> None:
        has_store = getattr(self.window, "ctx", None) is not None
        ok = has_store or not self._needs_store[name]
        condition = self._enabled[name]
        if ok and condition is not None:
            try:
                ok = bool(condition(self.window))
            except AttributeError:  # the window is still being built
                ok = False
        self._actions[name].setEnabled(ok)


def _sequences(shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    items = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
    out: list[QKeySequence] = []
    for item in items:
        keys = QKeySequence.keyBindings(item) if isinstance(item, QKeySequence.StandardKey) else [QKeySequence(item)]
        for key in keys:
            if not key.isEmpty() and all(key != k for k in out):
                out.append(key)
    return out
