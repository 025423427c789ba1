"""The joint communication plan per agreement and year, and its activities — reading.

The agreement says the parties shall have "en gemensam kommunikationsplan på årsbasis": one plan
per agreement and year, with a uuid derived from that key (:func:`plan_uuid`), so two
coordinators who both start the 2027 plan end up with one plan after a merge. Writing lives in
:mod:`.communication_ops`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..i18n import N_, _
from ..periods import IsoWeek, weeks_in_year
from ..store.database import Store
from ..store.stamps import natural_uuid, today

STATUSES = (N_("planerad"), N_("pågår"), N_("genomförd"), N_("inställd"))
CLOSED = frozenset({"genomförd", "inställd"})
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
UNDATED = "Utan datum"
CHANNEL_LIST = "channel"
TARGET_LIST = "target_group"
DEFAULT_CHANNELS = ("press", "webb", "sociala medier", "möte", "dialog", "trycksak", "intranät", "nyhetsbrev")
# The header of a plan: (column, Swedish label), in the order the plan is read.
HEADER_FIELDS = (
    ("purpose", "Syfte"),
    ("goals", "Kommunikationsmål"),
    ("target_primary", "Primära målgrupper"),
    ("target_secondary", "Sekundära målgrupper"),
    ("key_messages", "Huvudbudskap"),
    ("channels", "Kanaler"),
    ("responsible", "Ansvariga"),
    ("evaluation", "Uppföljning och utvärdering"),
)
# What an activity may be edited with (everything but the plan it belongs to).
ACTIVITY_FIELDS = ("title", "message", "target_group", "channel", "planned_date", "planned_week",
                   "responsible_party_uuid", "responsible_function", "status", "done_date", "outcome",
                   "recurring", "form_uuid", "action_uuid", "follow_up_uuid")


def plan_uuid(agreement_uuid: str, year: int) -> str:
    """The natural uuid of an agreement's plan for ``year`` (the same on every installation)."""
    return natural_uuid("communication_plan", agreement_uuid, int(year))


def list_plans(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's live plans, newest year first, each with its number of live activities."""
    return [dict(r) for r in store.query(
        """SELECT p.*, (SELECT count(*) FROM communication_activity a
                        WHERE a.plan_uuid = p.uuid AND a.deleted = 0) AS activity_count
           FROM communication_plan p WHERE p.agreement_uuid = ? AND p.deleted = 0
           ORDER BY p.year DESC""", (agreement_uuid,))]


def get_plan(store: Store, agreement_uuid: str, year: int) -> dict | None:
    """The live plan of ``agreement_uuid`` for ``year``, or None."""
    row = store.get("communication_plan", plan_uuid(agreement_uuid, year))
    return None if row is None or row["deleted"] else row


def count_activities(store: Store, plan: str) -> int:
    """Live activities of a plan."""
    return int(store.scalar(
        "SELECT count(*) FROM communication_activity WHERE plan_uuid = ? AND deleted = 0", (plan,)))


def list_activities(store: Store, plan: str, *, party: str | None = None, channel: str | None = None,
                    status: str | None = None) -> list[dict]:
    """A plan's live activities in date order (undated last), filtered when asked.

    Each row carries ``party_name``, ``form_name``, ``year`` (the plan's), ``when`` (the date the
    activity is planned for: its date, else the Monday of its week, else None), ``month``
    (1–12 within the plan year, None when undated) and ``overdue``.

    :param party: only activities of this responsible party (uuid)
    :param channel: only activities in this channel (exact text)
    :param status: one of :data:`STATUSES`, or ``"försenad"`` for the overdue ones
    """
    where, params = ["a.plan_uuid = ?", "a.deleted = 0"], [plan]
    if party:
        where.append("a.responsible_party_uuid = ?")
        params.append(party)
    if channel:
        where.append("a.channel = ?")
        params.append(channel)
    if status in STATUSES:
        where.append("a.status = ?")
        params.append(status)
    rows = store.query(
        f"""SELECT a.*, p.name AS party_name, p.short_name AS party_short, pl.year AS year,
                   COALESCE(NULLIF(f.abbreviation, ''), f.name) AS form_name,
                   ac.description AS action_text, fu.title AS follow_up_title
            FROM communication_activity a
            JOIN communication_plan pl ON pl.uuid = a.plan_uuid
            LEFT JOIN party p ON p.uuid = a.responsible_party_uuid
            LEFT JOIN cooperation_form f ON f.uuid = a.form_uuid
            LEFT JOIN action ac ON ac.uuid = a.action_uuid
            LEFT JOIN follow_up fu ON fu.uuid = a.follow_up_uuid
            WHERE {' AND '.join(where)}""", params)
    out = [_decorate(dict(r)) for r in rows]
    if status == "försenad":
        out = [r for r in out if r["overdue"]]
    out.sort(key=lambda r: (r["when"] is None, r["when"] or dt.date.max, r["title"].casefold()))
    return out


def get_activity(store: Store, uuid: str) -> dict | None:
    """One live activity with the same extra fields as :func:`list_activities`."""
    row = store.get("communication_activity", uuid)
    if row is None or row["deleted"]:
        return None
    hits = [r for r in list_activities(store, row["plan_uuid"]) if r["uuid"] == uuid]
    return hits[0] if hits else None


def planned_day(year: int, planned_date: str | None, planned_week: int | None) -> dt.date | None:
    """The day an activity is planned for: its date, else the Monday of its ISO week of ``year``."""
    if planned_date:
        try:
            return dt.date.fromisoformat(planned_date)
        except ValueError:
            return None
    if planned_week and 1 <= planned_week <= weeks_in_year(year):
        return IsoWeek(year, planned_week).monday
    return None


def month_in_plan(year: int, day: dt.date | None) -> int | None:
    """The month column (1–12) of ``day`` in the plan of ``year``; days outside are clamped.

    The Monday of ISO week 1 may fall in the previous December: it still belongs to January.
    """
    if day is None:
        return None
    if day.year < year:
        return 1
    if day.year > year:
        return 12
    return day.month


def is_overdue(status: str, day: dt.date | None, on: dt.date | None = None) -> bool:
    """Planned for a day that has passed and neither done nor cancelled."""
    return day is not None and status not in CLOSED and day < (on or today())


def _decorate(row: dict) -> dict:
    day = planned_day(row["year"], row["planned_date"], row["planned_week"])
    row["when"] = day
    row["month"] = month_in_plan(row["year"], day)
    row["overdue"] = is_overdue(row["status"], day)
    return row


def when_text(row: dict) -> str:
    """How the planned time is written: "2026-03-12", "vecka 12" or ""."""
    if row.get("planned_date"):
        return row["planned_date"]
    if row.get("planned_week"):
        return f"vecka {row['planned_week']}"
    return ""


def responsible_text(row: dict) -> str:
    """"Örebro kommun, Kommunikatör" — party and function, whichever are set."""
    return ", ".join(p for p in (row.get("party_name") or "", row.get("responsible_function") or "") if p)


def status_text(row: dict) -> str:
    """The status as shown, with "försenad" added when the planned day has passed."""
    return _("{status} – försenad").format(status=_(row["status"])) if row.get("overdue") else _(row["status"])


def by_month(rows: Iterable[dict]) -> list[tuple[str, list[dict]]]:
    """Rows grouped under "januari" … "december", then "Utan datum"; empty groups left out."""
    groups: dict[int, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["month"] or 13, []).append(row)
    return [(MONTHS[m - 1] if m <= 12 else UNDATED, groups[m]) for m in sorted(groups)]


def channel_choices(store: Store, plan: str | None = None) -> list[str]:
    """Channels to offer: the active 'channel' code list (or the defaults), then any used in ``plan``."""
    from ..est.codelists import codes

    labels = [c["label"] for c in codes(store, CHANNEL_LIST)] or list(DEFAULT_CHANNELS)
    if plan:
        labels += [r[0] for r in store.query(
            "SELECT DISTINCT channel FROM communication_activity WHERE plan_uuid = ? AND deleted = 0 "
            "AND channel <> '' ORDER BY channel COLLATE sv", (plan,))]
    return list(dict.fromkeys(labels))


def target_group_choices(store: Store, agreement_uuid: str) -> list[str]:
    """Target groups to offer: the 'target_group' code list, then those used in the agreement's plans."""
    from ..est.codelists import codes

    labels = [c["label"] for c in codes(store, TARGET_LIST)]
    labels += [r[0] for r in store.query(
        """SELECT DISTINCT a.target_group FROM communication_activity a
           JOIN communication_plan p ON p.uuid = a.plan_uuid
           WHERE p.agreement_uuid = ? AND a.deleted = 0 AND a.target_group <> ''
           ORDER BY a.target_group COLLATE sv""", (agreement_uuid,))]
    return list(dict.fromkeys(labels))


def link_choices(store: Store, agreement_uuid: str) -> dict[str, list[tuple[str, str]]]:
    """What an activity may point at: {"form"|"action"|"follow_up": [(uuid, label)]} of the agreement."""
    forms = [(r["uuid"], r["abbreviation"] or r["name"]) for r in store.query(
        "SELECT uuid, name, abbreviation FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0 "
        "ORDER BY position, name COLLATE sv", (agreement_uuid,))]
    actions = [(r["uuid"], f"v{r['raised_week']:02d} {r['raised_year']}: {r['description']}") for r in store.query(
        "SELECT uuid, raised_year, raised_week, description FROM action WHERE agreement_uuid = ? AND deleted = 0 "
        "ORDER BY raised_year DESC, raised_week DESC, description COLLATE sv", (agreement_uuid,))]
    follow_ups = [(r["uuid"], f"{r['due_date']} {r['title'] or r['kind']}") for r in store.query(
        "SELECT uuid, due_date, title, kind FROM follow_up WHERE agreement_uuid = ? AND deleted = 0 "
        "ORDER BY due_date", (agreement_uuid,))]
    return {"form": forms, "action": actions, "follow_up": follow_ups}
