"""Where the shipped files live: in the wheel (inside the package) or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_CHECKOUT = _PACKAGE.parent


def _find(*parts: str) -> Path:
    # The wheel carries db/ and resources/ inside the package (see pyproject's force-include);
    # a source checkout has them at the top of the repository.
    for base in (_PACKAGE, _CHECKOUT):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("/".join(parts))


def schema_sql() -> Path:
    """The canonical schema, ``db/schema.sql``."""
    return _find("db", "schema.sql")


def migrations_dir() -> Path:
    """The numbered migration steps, ``db/migrations/``."""
    return _find("db", "migrations")


def icons_dir() -> Path:
    """The SVG icons, ``resources/icons/``."""
    return _find("resources", "icons")


def fonts_dir() -> Path:
    """The TTF fonts embedded in every PDF, ``resources/fonts/``."""
    return _find("resources", "fonts")


def guide_dir(language: str = "sv") -> Path:
    """The user guide (markdown with its pictures): Swedish in ``docs/guide/``, English in
    ``docs/guide/en/`` (the same page names); Swedish for a language it has no guide in."""
    swedish = _find("docs", "guide")
    return swedish / language if language != "sv" and (swedish / language / "index.md").exists() else swedish
