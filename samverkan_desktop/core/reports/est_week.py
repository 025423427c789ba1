"""The EST meeting pack of one week: ``samverkan pdf FILE est-week --week 2026-W53 …``.

Agenda, lägesbild, area status (coloured markers), incidents by category and area against the
week before, prioritised problems, the open actions of the week (carry-over rule, overdue marked)
and the återkoppling on actions closed during the week.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from ..agreement import queries as agreements
from ..errors import ValidationError
from ..est import pack as Q
from ..est import queries as est
from ..est.analysis import pick_agreement
from ..est.kommun import Kommun, resolve_kommun
from ..est.kommun import suffix as kommun_suffix
from ..i18n import N_, _
from ..pdf import PageFrame, Text, para, paras
from ..pdf.document import gather_and_build
from ..pdf.text import FONT_BOLD, STATUS_COLOURS
from ..periods import IsoWeek
from ..progress import Progress, no_progress
from ..text import plural
from . import Option, ReportKind, est_incidents, register
from .est_common import empty_note, fmt_delta, grid_table

WIDTH = 210 * mm - 36 * mm
OVERDUE = colors.HexColor("#c62828")
OVERDUE_BG = colors.HexColor("#fbe3e3")
AGENDA = ("Lägesbild", "Områdenas status", "Händelser sedan förra veckan", "Prioriterade problem",
          "Öppna åtgärder", "Återkoppling på avslutade åtgärder", "Övriga frågor och nästa möte")


def _counts(rows: list[Q.WeekCount], head: str, week: IsoWeek) -> list:
    prev = week.shifted(-1)
    if not rows:
        return [empty_note("Inga händelser registrerade denna eller förra veckan.")]
    data = [[head, f"v. {prev.week}", f"v. {week.week}", "Förändring"]]
    data += [[Text(r.label), str(r.previous), str(r.current), fmt_delta(r.delta)] for r in rows]
    cur, old = sum(r.current for r in rows), sum(r.previous for r in rows)
    data.append(["Totalt", str(old), str(cur), fmt_delta(cur - old)])
    return [grid_table(data, [86 * mm, 26 * mm, 26 * mm, 30 * mm], total_row=True)]


def _statuses(rows: list[dict]) -> list:
    if not rows:
        return [empty_note("Ingen status per område registrerad för veckan.")]
    data = [["", "Område", "Status", "Motivering"]]
    data += [["", Text(r["area"]), r["status"], Text(r["motivation"])] for r in rows]
    marks = {i: [("BACKGROUND", 0, 0, STATUS_COLOURS.get(r["status"], colors.grey)),
                 ("LINEBELOW", 0, 0, 1.5, colors.white)] for i, r in enumerate(rows)}
    return [grid_table(data, [7 * mm, 40 * mm, 20 * mm, WIDTH - 67 * mm], numeric_from=None, row_styles=marks)]


def _problems(rows: list[dict]) -> list:
    if not rows:
        return [empty_note("Inga aktiva prioriterade problem.")]
    data = [["Prio", "Område", "Problem", "Status", "Sedan"]]
    data += [[str(r["priority"]), Text(r["area"] or "–"), Text(r["description"]), r["status"],
              f"v. {r['raised_week']} {r['raised_year']}"] for r in rows]
    return [grid_table(data, [10 * mm, 30 * mm, WIDTH - 84 * mm, 20 * mm, 24 * mm], numeric_from=None)]


def _owner(r: dict) -> str:
    return " – ".join(x for x in (r.get("party_name") or "", r.get("responsible_function") or "") if x) or "–"


def _actions(rows: list[dict]) -> list:
    if not rows:
        return [empty_note("Inga öppna åtgärder.")]
    data = [["Åtgärd", "Ansvarig", "Klart senast", "Status"]]
    for r in rows:
        due = r["due_date"] or "–"
        data.append([Text(r["description"]), Text(_owner(r)),
                     Text(f"{due}\nFÖRSENAD" if r["overdue"] else due),
                     Text(r["status"] + (f"\n{r['closed_on']}" if r["closed_on"] else ""))])
    marks = {i: [("BACKGROUND", 0, -1, OVERDUE_BG), ("LINEBEFORE", 0, 0, 2.5, OVERDUE)]
             for i, r in enumerate(rows) if r["overdue"]}
    return [grid_table(data, [WIDTH - 110 * mm, 50 * mm, 30 * mm, 30 * mm], numeric_from=None, row_styles=marks)]


def _feedback(rows: list[dict]) -> list:
    if not rows:
        return [empty_note("Inga åtgärder avslutades under veckan.")]
    data = [["Åtgärd", "Ansvarig", "Avslutad", "Återkoppling"]]
    data += [[Text(r["description"]), Text(_owner(r)),
              Text(f"{r['closed_on']}\n{r['status']}"), Text(r["feedback"] or "–")] for r in rows]
    return [grid_table(data, [58 * mm, 40 * mm, 22 * mm, WIDTH - 120 * mm], numeric_from=None)]


def story_for(store, agreement: dict, week: IsoWeek, kommun: Kommun | None = None) -> list:
    """The flowables of the week's meeting pack (of one kommun's areas when ``kommun`` is given)."""
    ag = agreement["uuid"]
    k = {"kommun": kommun}
    meeting = Q.week_meeting(store, ag, week)
    meeting_day = dt.date.fromisoformat(meeting["meeting_date"]) if meeting and meeting["meeting_date"] else None
    story = [para(f"EST-möte vecka {week.week}, {week.year}{kommun_suffix(kommun)}", "title"),
             *paras(f"{agreement['title']} · {week.monday.isoformat()} – {week.sunday.isoformat()}", "small")]
    facts = [["Mötesdatum", meeting_day.isoformat() if meeting_day else "ej angivet"],
             ["Deltagare", Text(meeting["participants"] if meeting and meeting["participants"] else "ej angivna")]]
    table = grid_table(facts, [34 * mm, WIDTH - 34 * mm], numeric_from=None, repeat=0,
                       row_styles={i: [("FONT", 0, 0, FONT_BOLD, 8.5)] for i in range(len(facts))})
    story += [Spacer(1, 2 * mm), table, para("Dagordning", "h2")]
    story += [para(item, "bullet", markup=f"{i}. {{}}") for i, item in enumerate(AGENDA, start=1)]
    story += [para("1. Lägesbild", "h1"),
              *paras(meeting["situation_report"] if meeting and meeting["situation_report"] else
                     "Ingen lägesbild skriven för veckan.")]
    story += [CondPageBreak(40 * mm), para("2. Områdenas status", "h1"),
              *_statuses(Q.area_statuses(store, ag, week, **k))]
    story += [CondPageBreak(50 * mm), para("3. Händelser sedan förra veckan", "h1"), para("Per kategori", "h2"),
              *_counts(Q.category_counts(store, ag, week, **k), "Kategori", week),
              CondPageBreak(40 * mm), para("Per område", "h2"),
              *_counts(Q.area_counts(store, ag, week, **k), "Område", week)]
    incidents, appendix = est_incidents.section(est.incidents_in_week(store, ag, week.year, week.week, **k))
    story += [CondPageBreak(40 * mm), *incidents]
    story += [CondPageBreak(40 * mm), para("4. Prioriterade problem", "h1"),
              *_problems(Q.active_problems(store, ag, week, **k))]
    open_rows = Q.actions_open_in_week(store, ag, week, meeting_day, **k)
    overdue = sum(r["overdue"] for r in open_rows)
    story += [CondPageBreak(40 * mm), para("5. Öppna åtgärder", "h1"),
              para(f"{plural(len(open_rows), 'åtgärd', 'åtgärder')}, varav {plural(overdue, 'försenad', 'försenade')} (markerade)." if open_rows else "", "small"),
              *_actions(open_rows)]
    story += [CondPageBreak(40 * mm), para("6. Återkoppling på avslutade åtgärder", "h1"),
              *_feedback(Q.actions_closed_in_week(store, ag, week, **k))]
    story += [para("7. Övriga frågor och nästa möte", "h1"),
              para(f"Nästa möte: vecka {week.shifted(1).week}, {week.shifted(1).year}.")]
    return story + appendix


def build(store, out: Path, *, progress: Progress | None = None, agreement=None, week=None, kommun=None,
          **_ignored) -> Path:
    """Write the meeting pack of ``week`` ("2026-W53") for ``agreement`` (optional when only one)."""
    progress = progress or no_progress
    if not week:
        raise ValidationError(_("Ange veckan med --week (t.ex. 2026-v53)."))
    iso = IsoWeek.parse(str(week))
    ag = pick_agreement(store, agreement)
    municipality = resolve_kommun(store, ag["uuid"], kommun)
    frame = PageFrame(f"EST-möte vecka {iso.week}, {iso.year}{kommun_suffix(municipality)}",
                      header_parties=agreements.header_parties(store, ag["uuid"]))
    return gather_and_build(out, frame, lambda: story_for(store, ag, iso, municipality), progress,
                            "Hämtar veckans uppgifter …")


register(ReportKind("est-week", N_("EST-mötesunderlag för en vecka"), build, options=(
    Option("--agreement", N_("Överenskommelse (uuid, del av titeln eller en parts namn; behövs när arbetsytan har flera)")),
    Option("--week", N_("Vecka (t.ex. 2026-v53)"), required=True),
    Option("--kommun", N_("Bara en kommuns områden (t.ex. Kumla); utelämnad: hela överenskommelsen")))))
