"""The tab's dialogs: a new plan's year, saving the calendar (ICS) and the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ...core.communication import ics
from ...core.errors import SamverkanError
from ...core.store.stamps import today
from ..dialogs import ask_save_path
from ..export_pdf import export_report


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() under the empty context


def ask_new_plan(tab) -> None:
    """Ask for the year (default: the year after the newest plan, or this year) and start its plan."""
    if not tab.ctx.agreement_uuid:
        return
    years = [p["year"] for p in tab.plans]
    default = max(years) + 1 if years else today().year
    year, ok = QInputDialog.getInt(tab, tr("Ny kommunikationsplan"), tr("Planens år:"), default, 2000, 2100)
    if ok:
        tab.create_plan(year)


def _ask_plan_file(tab, title: str, suffix: str, file_filter: str) -> tuple[int, Path] | None:
    """The shown plan's year and where to save it (beside the workspace by default), or None."""
    if tab.plan is None:
        return None
    year = tab.plan["year"]
    out = ask_save_path(tab, title, tab.ctx.store.path.parent / f"kommunikationsplan-{year}{suffix}", file_filter)
    return None if out is None else (year, out)


def export_ics(tab) -> Path | None:
    """Save the shown plan's activities as an iCalendar file chosen in a save dialog."""
    chosen = _ask_plan_file(tab, tr("Spara kalenderfil"), ".ics", tr("iCalendar (*.ics)"))
    if chosen is None:
        return None
    year, out = chosen
    try:
        out, events = ics.write_plan_ics(tab.ctx.store, tab.ctx.agreement_uuid, year, out)
    except SamverkanError as exc:
        QMessageBox.warning(tab, tr("Kalenderfil"), str(exc))
        return None
    QMessageBox.information(tab, tr("Kalenderfil"), tr(
        "{n} aktiviteter sparades i\n{path}\n\nImportera filen i kalendern; en ny export uppdaterar samma "
        "händelser.").format(n=events, path=out))
    return out


def export_pdf(tab, *, on_done=None):
    """Save the shown plan as PDF (built in the background)."""
    chosen = _ask_plan_file(tab, tr("Spara PDF"), ".pdf", tr("PDF (*.pdf)"))
    if chosen is None:
        return None
    year, out = chosen
    return export_report(tab.ctx, tab, "communication-plan", out,
                         {"agreement": tab.ctx.agreement_uuid, "year": year}, on_done=on_done)
