"""The PDF reports, by kind: ``samverkan pdf FILE KIND …`` and Arkiv → Exportera PDF… use this.

Each report module registers itself with :func:`register`; :data:`MODULES` lists the modules so
that importing this package makes every kind known.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..progress import Progress


@dataclass(frozen=True)
class Option:
    """A command-line option of a report: ``--agreement A`` becomes ``agreement="A"``."""

    flag: str
    help: str
    required: bool = False
    type: Callable[[str], Any] = str


@dataclass(frozen=True)
class ReportKind:
    """A kind of PDF: ``build(store, out, progress=…, **options)`` writes it and returns the path."""

    name: str
    title: str
    build: Callable[..., Path]
    options: tuple[Option, ...] = field(default_factory=tuple)


REPORTS: dict[str, ReportKind] = {}

MODULES: list[str] = [
    "agreement",
    "resources",
    "est_week",
    "est_period",
    "follow_up",
    "action_plan",
    "paragraph",
    "communication_plan",
    "lagesbild",
]


def register(kind: ReportKind) -> ReportKind:
    """Make a report kind known to the CLI and the GUI."""
    REPORTS[kind.name] = kind
    return kind


def all_reports() -> dict[str, ReportKind]:
    """Every report kind, importing the report modules on first use."""
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return REPORTS


def build(store, kind: str, out: Path, *, progress: Progress | None = None, **options) -> Path:
    """Build report ``kind`` into ``out``."""
    return all_reports()[kind].build(store, Path(out), progress=progress, **options)
