"""Settings, declared once with their defaults (as Picard's options.py), stored with QSettings."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..core.i18n import N_
from ..core.store.site import data_dir


@dataclass(frozen=True)
class Option:
    """One setting: its key, type and default."""

    key: str
    default: Any
    type: type


OPTIONS: dict[str, Option] = {o.key: o for o in [
    Option("user/name", "", str),
    Option("user/initials", "", str),
    Option("user/organisation", "", str),
    Option("ui/language", "sv", str),
    Option("files/recent", [], list),
    Option("files/last", "", str),
    Option("window/geometry", QByteArray(), QByteArray),
    Option("window/state", QByteArray(), QByteArray),
    Option("window/tab", 0, int),
]}
MAX_RECENT = 8


class Settings:
    """Typed access to the declared options. The file lives in the user data directory."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        opt = OPTIONS[key]
        value = self.q.value(key, opt.default)
        if opt.type is list:
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        if opt.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return opt.default
        if opt.type is QByteArray:
            return value if isinstance(value, QByteArray) else opt.default
        return opt.type(value) if value is not None else opt.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self.q.setValue(key, value)
        self.q.sync()

    @property
    def author(self) -> str:
        """What goes into ``updated_by``: initials if given, else the name."""
        return self.get("user/initials") or self.get("user/name") or N_("okänd")

    def scratch_copy(self) -> Settings:
        """The same values in a throw-away file: what ``--screenshots`` changes (window size, last
        file) must not become the user's settings."""
        folder = Path(tempfile.mkdtemp(prefix="samverkan-settings-"))
        copy = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        for key in self.q.allKeys():
            copy.setValue(key, self.q.value(key))
        copy.sync()
        return Settings(copy)

    def has_user(self) -> bool:
        return bool(self.get("user/name").strip())

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("files/recent") if p != path]
        recent.insert(0, path)
        self.set("files/recent", recent[:MAX_RECENT])
        self.set("files/last", path)
        return recent[:MAX_RECENT]
