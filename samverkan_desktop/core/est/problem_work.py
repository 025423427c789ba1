"""Work on a prioritised problem: its incidents, its orsaksanalys and the effect it should have.

An incident may be linked to one problem (the coordinator says "this is part of the drug problem
at Vivalla centrum"). A problem's effect measure is what the work on it should move: an
**indicator** (its latest value known on a date, in the problem's area when entered for it, else
for the whole kommun) or the **count of its linked incidents** per tertial ("händelser"; the
tertial of the date, so far when it is still running). Both carry a baseline and a target typed
by the coordinator; :func:`problem_effect` gives the current value beside them, as of a date, for
the follow-up tab and the follow-up PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import ValidationError
from ..i18n import N_, _
from ..periods import Period, tertial_of
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges

EFFECT_KINDS = ("", N_("indikator"), N_("händelser"))
EFFECT_FIELDS = ("cause_analysis", "effect_kind", "effect_indicator_uuid", "effect_baseline", "effect_target")


def _number(value: Any, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float(str(value).strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        raise ValidationError(_("{what}: {value!r} är inget tal.").format(what=_(what), value=value), field=what) from None


def effect_values(store: Store, fields: dict) -> dict:
    """The orsaksanalys and effect-measure columns of ``fields``, checked (used by update_problem)."""
    out: dict[str, Any] = {}
    if "cause_analysis" in fields:
        out["cause_analysis"] = (fields["cause_analysis"] or "").strip()
    if "effect_kind" in fields:
        kind = fields["effect_kind"] or ""
        if kind not in EFFECT_KINDS:
            raise ValidationError(_("Okänt effektmått: {kind!r} (indikator eller händelser).").format(kind=kind), field="effect_kind")
        out["effect_kind"] = kind
    if "effect_indicator_uuid" in fields:
        uuid = fields["effect_indicator_uuid"] or None
        if uuid:
            store.live("indicator", uuid, _("Indikatorn finns inte längre."))
        out["effect_indicator_uuid"] = uuid
    for key, what in (("effect_baseline", N_("Utgångsvärde")), ("effect_target", N_("Mål"))):
        if key in fields:
            out[key] = _number(fields[key], what)
    if out.get("effect_kind") == "indikator" and "effect_indicator_uuid" in fields and not out[
            "effect_indicator_uuid"]:
        raise ValidationError(_("Välj vilken indikator problemet ska påverka."), field="effect_indicator_uuid")
    return out


# -- incidents of a problem ------------------------------------------------------------------------

def _live_problem(store: Store, uuid: str) -> dict:
    return store.live("problem", uuid, _("Problemet finns inte längre."))


@operation
def link_incidents(store: Store, problem_uuid: str, incident_uuids: list[str]) -> OpChanges:
    """Link incidents to a problem (one undo step); an incident linked elsewhere moves here.

    :raises NotFound: the problem or an incident is gone
    :raises ValidationError: an incident of another agreement
    """
    problem = _live_problem(store, problem_uuid)
    rows = []
    for uuid in dict.fromkeys(incident_uuids):
        row = store.live("incident", uuid, _("Händelsen finns inte längre."))
        if row["agreement_uuid"] != problem["agreement_uuid"]:
            raise ValidationError(_("Händelsen hör till en annan överenskommelse än problemet."))
        if row["problem_uuid"] != problem_uuid:
            rows.append(uuid)
    label = _("Koppla händelse till problem") if len(rows) == 1 else _("Koppla {n} händelser till problem").format(n=len(rows))
    return crud.update_each(store, "incident", rows, {"problem_uuid": problem_uuid}, label)


@operation
def unlink_incidents(store: Store, incident_uuids: list[str]) -> OpChanges:
    """Take incidents off the problem they are linked to (one undo step)."""
    rows = [u for u in dict.fromkeys(incident_uuids)
            if (r := store.get("incident", u)) is not None and not r["deleted"] and r["problem_uuid"]]
    return crud.update_each(store, "incident", rows, {"problem_uuid": None}, _("Ta bort koppling till problem"))


def problem_incidents(store: Store, problem_uuid: str) -> list[dict]:
    """The live incidents linked to a problem, newest first, with category, area and source labels."""
    agreement = _live_problem(store, problem_uuid)["agreement_uuid"]
    return [dict(r) for r in store.query(
        """SELECT i.*, c.label AS category, a.name AS area, s.label AS source
           FROM incident i LEFT JOIN code_item c ON c.uuid = i.category_uuid
           LEFT JOIN area a ON a.uuid = i.area_uuid LEFT JOIN code_item s ON s.uuid = i.source_uuid
           WHERE i.agreement_uuid = ? AND i.problem_uuid = ? AND i.deleted = 0
           ORDER BY i.occurred_on DESC, i.occurred_time DESC""", (agreement, problem_uuid))]


# -- the effect measure --------------------------------------------------------------------------

@dataclass
class Effect:
    """A problem's effect measure as of a date: what is measured, baseline, target, current value."""

    kind: str                   # "indikator" or "händelser"
    measure: str                # "Andel som sett narkotikahandel (%)" / "Kopplade händelser per tertial"
    baseline: float | None
    target: float | None
    current: float | None
    current_period: str         # "2025" / "T3 2026 (sep–dec), t.o.m. 2026-11-29"
    lower_is_better: bool
    running: bool = False       # the current value's period is not over on the date: a partial figure

    @property
    def reached(self) -> bool | None:
        """True when the current value is at or beyond the target, False when not; None when there
        is nothing to compare or the period is still running (a partial figure is no verdict)."""
        if self.current is None or self.target is None or self.running:
            return None
        return self.current <= self.target if self.lower_is_better else self.current >= self.target

    @property
    def verdict(self) -> str:
        """"Målet nått" / "Ej nått" for a finished period, "Pågår – preliminärt" for a running one,
        "" when there is no value (a label marked with ``N_``, shown translated in the GUI)."""
        if self.current is not None and self.running:
            return VERDICTS["running"]
        return VERDICTS[self.reached]


VERDICTS = {True: N_("Målet nått"), False: N_("Ej nått"), None: "", "running": N_("Pågår – preliminärt")}


def number_text(value: float | None) -> str:
    """A value as a Swede writes it: "21", "2,5"; "–" when there is none."""
    if value is None:
        return "–"
    return f"{value:g}".replace(".", ",").replace("-", "\u2212")


def _indicator_effect(store: Store, problem: dict, on: dt.date) -> Effect:
    ind = store.get("indicator", problem["effect_indicator_uuid"]) if problem["effect_indicator_uuid"] else None
    measure = (ind["name"] + (f" ({ind['unit']})" if ind["unit"] else "")) if ind and not ind["deleted"] else \
        "Indikator saknas"
    current, period = None, None
    if ind is not None and not ind["deleted"]:
        values = store.query("SELECT area_uuid, period, value FROM indicator_value WHERE indicator_uuid = ? "
                             "AND deleted = 0", (ind["uuid"],))
        known = [v for v in values if Period.parse(v["period"]).start <= on]
        own = [v for v in known if v["area_uuid"] == problem["area_uuid"]] or [
            v for v in known if v["area_uuid"] is None]
        if own:
            latest = max(own, key=lambda v: (Period.parse(v["period"]).end, Period.parse(v["period"]).start))
            current, period = latest["value"], Period.parse(latest["period"])
    lower = bool(ind and not ind["higher_is_better"])
    return Effect("indikator", measure, problem["effect_baseline"], problem["effect_target"], current,
                  period.label() if period else "", lower, running=bool(period and period.running_on(on)))


def _incident_effect(store: Store, problem: dict, on: dt.date) -> Effect:
    tertial = Period(on.year, tertial_of(on))
    until = min(on, tertial.end)
    current = store.scalar(
        "SELECT coalesce(sum(count), 0) FROM incident WHERE agreement_uuid = ? AND problem_uuid = ? "
        "AND deleted = 0 AND occurred_on BETWEEN ? AND ?",
        (problem["agreement_uuid"], problem["uuid"], tertial.start.isoformat(), until.isoformat()))
    period = tertial.label() + (f", t.o.m. {until.isoformat()}" if until < tertial.end else "")
    return Effect("händelser", _("Kopplade händelser per tertial"), problem["effect_baseline"],
                  problem["effect_target"], float(current or 0), period, True, running=tertial.running_on(on))


def problem_effect(store: Store, problem: dict, on: dt.date) -> Effect | None:
    """The effect measure of ``problem`` (a problem row) as of ``on``; None when it has none."""
    if problem.get("effect_kind") == "indikator":
        return _indicator_effect(store, problem, on)
    if problem.get("effect_kind") == "händelser":
        return _incident_effect(store, problem, on)
    return None


def effect_rows(store: Store, agreement_uuid: str, on: dt.date) -> list[dict]:
    """The agreement's problems that have an effect measure (or an orsaksanalys), each with
    ``effect`` (:class:`Effect` or None), its area name and the number of linked incidents;
    raised no later than ``on`` (a report stays true to its date)."""
    week = on.isocalendar()
    rows = [dict(r) for r in store.query(
        """SELECT p.*, a.name AS area,
                  (SELECT count(*) FROM incident i WHERE i.agreement_uuid = p.agreement_uuid
                     AND i.problem_uuid = p.uuid AND i.deleted = 0) AS incident_count
           FROM problem p LEFT JOIN area a ON a.uuid = p.area_uuid
           WHERE p.agreement_uuid = ? AND p.deleted = 0 AND (p.effect_kind <> '' OR p.cause_analysis <> '')
             AND p.raised_year * 100 + p.raised_week <= ?
           ORDER BY p.priority, p.raised_year, p.raised_week, p.description COLLATE sv""",
        (agreement_uuid, week[0] * 100 + week[1]))]
    for r in rows:
        r["effect"] = problem_effect(store, r, on)
    return rows
