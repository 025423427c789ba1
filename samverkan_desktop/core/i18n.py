"""Marking text in core (and the CLI) for translation, and looking it up without Qt.

Core text that a user sees (status values shown as labels, report titles, validation messages)
is Swedish in the source and marked in one of two ways, both found by
``python -m samverkan_desktop.i18n update``:

- ``N_("grön")`` marks a constant that is stored or compared in Swedish and translated only where
  it is shown (``ui.i18n.core_text(value)``, or :func:`_` in the CLI);
- ``_("Okänt område: {name}")`` translates at once, through the translator the GUI installed with
  :func:`set_translator` (Qt's) or the CLI with :func:`use_language` (this module's own reading
  of the catalogue); without one it returns the Swedish source.

Both end up in the catalogue's empty context, so a label from core has one translation wherever
it is shown. :func:`use_language` reads that context from ``resources/translations/samverkan_en.ts``
with the standard library: the CLI speaks English without loading Qt.
"""

from __future__ import annotations

import configparser
import contextlib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

LANGUAGES = ("sv", "en")

_translate: Callable[[str], str] = lambda text: text  # noqa: E731 - replaced by set_translator
_language = "sv"


def N_(text: str) -> str:  # noqa: N802 - the gettext name for "mark, translate later"
    """Mark ``text`` for the catalogue and return it unchanged."""
    return text


def _(text: str) -> str:
    """``text`` in the chosen language (the Swedish source when no translator is installed)."""
    return _translate(text)


def language() -> str:
    """The language text is shown in now: ``"sv"`` or ``"en"``."""
    return _language


def set_translator(translate: Callable[[str], str] | None, language: str = "en") -> None:
    """Install the function that looks core text up (``None`` goes back to Swedish)."""
    global _translate, _language
    _translate = translate or (lambda text: text)
    _language = language if translate else "sv"


@contextlib.contextmanager
def kept_language() -> Iterator[None]:
    """Put the language back as it was on leaving (the CLI's ``main`` called within a process)."""
    global _translate, _language
    saved = _translate, _language
    try:
        yield
    finally:
        _translate, _language = saved


def catalogue(language: str) -> dict[str, str]:
    """The finished translations of the catalogue's empty context: Swedish source → ``language``."""
    from .paths import _find

    try:
        ts = _find("resources", "translations") / f"samverkan_{language}.ts"
        root = ET.parse(ts).getroot()
    except (FileNotFoundError, OSError, ET.ParseError):
        return {}
    table = {}
    for context in root.iter("context"):
        if context.findtext("name"):
            continue  # the ui's own contexts are Qt's business
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                table[message.findtext("source") or ""] = tr.text
    return table


def use_language(language: str) -> str:
    """Translate core text into ``language`` from the catalogue, without Qt (the CLI's way);
    returns the language in use (``"sv"`` for anything unknown)."""
    if language not in LANGUAGES or language == "sv":
        set_translator(None)
        return "sv"
    table = catalogue(language)
    set_translator(lambda text: table.get(text, text), language)
    return language


def saved_language() -> str:
    """The language chosen in the window's settings (Redigera → Inställningar…), read from the
    installation's ``settings.ini`` without Qt; Swedish when nothing is saved."""
    from .store.site import data_dir

    ini = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        ini.read(data_dir() / "settings.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return "sv"
    chosen = ini.get("ui", "language", fallback="sv").strip().strip('"')
    return chosen if chosen in LANGUAGES else "sv"
