"""The communication plan as an iCalendar file (RFC 5545), for Outlook, Google or Apple calendars.

One all-day VEVENT per dated activity (a week without a date becomes its Monday). The UID is the
activity's uuid, and SEQUENCE its row version, so importing the file again updates the events a
calendar already has instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..agreement import queries as agreements
from ..errors import NotFound, ValidationError
from ..i18n import _
from ..store.database import Store
from ..store.stamps import new_uuid
from .queries import get_plan, list_activities, responsible_text, when_text

if TYPE_CHECKING:  # icalendar is imported at first use: it costs more to import than the window
    from icalendar import Calendar, Event

UID_DOMAIN = "samverkan-desktop"
PRODID = "-//Samverkan Desktop//Kommunikationsplan//SV"
# RFC 5545 VEVENT STATUS: TENTATIVE / CONFIRMED / CANCELLED.
STATUS_MAP = {"planerad": "TENTATIVE", "pågår": "CONFIRMED", "genomförd": "CONFIRMED", "inställd": "CANCELLED"}


def uid(activity_uuid: str) -> str:
    """The stable calendar UID of an activity."""
    return f"{activity_uuid}@{UID_DOMAIN}"


def plan_calendar(store: Store, agreement_uuid: str, year: int) -> Calendar:
    """The calendar of the agreement's plan for ``year``.

    :raises NotFound: the agreement has no plan for that year
    """
    plan = get_plan(store, agreement_uuid, year)
    if plan is None:
        raise NotFound(_("Överenskommelsen har ingen kommunikationsplan för {year}.").format(year=year))
    agreement = store.get("agreement", agreement_uuid)
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Kommunikationsplan {year} – {agreement['title']}")
    for row in list_activities(store, plan["uuid"]):
        if row["when"] is None:
            continue
        cal.add_component(_event(row))
    return cal


def _event(row: dict) -> Event:
    from icalendar import Event

    ev = Event()
    ev.add("uid", uid(row["uuid"]))
    ev.add("dtstamp", _utc(row["updated_at"]))
    ev.add("created", _utc(row["created_at"]))
    ev.add("last-modified", _utc(row["updated_at"]))
    ev.add("sequence", int(row["version"]))
    ev.add("dtstart", row["when"])  # a date: an all-day event
    ev.add("dtend", row["when"] + dt.timedelta(days=1))
    ev.add("transp", "TRANSPARENT")  # a plan entry, not a busy slot in anyone's calendar
    prefix = "INSTÄLLD: " if row["status"] == "inställd" else ""
    ev.add("summary", f"{prefix}{row['title']}")
    ev.add("description", description(row))
    ev.add("status", STATUS_MAP[row["status"]])
    if row["channel"]:
        ev.add("categories", [row["channel"]])
    return ev


def description(row: dict) -> str:
    """The Swedish event text: message, channel, target group, responsible, status, outcome."""
    lines = []
    if row["message"]:
        lines += [row["message"], ""]
    for label, value in (("Kanal", row["channel"]), ("Målgrupp", row["target_group"]),
                         ("Ansvarig", responsible_text(row)), ("Planerad", when_text(row)),
                         ("Status", row["status"] + (f" {row['done_date']}" if row["done_date"] else "")),
                         ("Samverkansform", row.get("form_name") or ""),
                         ("Resultat", row["outcome"])):
        if value:
            lines.append(f"{label}: {value}")
    if row["recurring"]:
        lines.append("Återkommande aktivitet")
    return "\n".join(lines)


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


def write_plan_ics(store: Store, agreement_term: str, year: int, out: Path | str) -> tuple[Path, int]:
    """Write the plan's calendar to ``out`` atomically; returns (path, number of events).

    :param agreement_term: the agreement's uuid or part of its title
    """
    agreement = agreements.resolve_agreement(store, agreement_term)
    cal = plan_calendar(store, agreement["uuid"], int(year))
    out = Path(out)
    if not out.parent.is_dir():
        raise ValidationError(_("Mappen finns inte: {parent}").format(parent=out.parent))
    data = cal.to_ical()
    tmp = out.with_name(f".{out.name}.{new_uuid()[:8]}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        raise ValidationError(_("Kalenderfilen kunde inte skrivas: {value}").format(value=exc.strerror or exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
    return out, len(cal.walk("VEVENT"))
