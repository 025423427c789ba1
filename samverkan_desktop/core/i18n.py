"""Marking text in core for translation, without Qt.

Core text that a user sees (status values shown as labels, report titles, validation messages)
is Swedish in the source and marked in one of two ways, both found by
``python -m samverkan_desktop.i18n update``:

- ``N_("grön")`` marks a constant that is stored or compared in Swedish and translated only where
  it is shown (``ui.i18n.core_text(value)``);
- ``_("Okänt område: {name}")`` translates at once, through the translator the GUI (or the CLI)
  installed with :func:`set_translator`; without one it returns the Swedish source.

Both end up in the catalogue's empty context, so a label from core has one translation wherever
it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = lambda text: text  # noqa: E731 - replaced by set_translator


def N_(text: str) -> str:  # noqa: N802 - the gettext name for "mark, translate later"
    """Mark ``text`` for the catalogue and return it unchanged."""
    return text


def _(text: str) -> str:
    """``text`` in the chosen language (the Swedish source when no translator is installed)."""
    return _translate(text)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Install the function that looks core text up (``None`` goes back to Swedish)."""
    global _translate
    _translate = translate or (lambda text: text)
