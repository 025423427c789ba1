"""The parts of the follow-up report that make it an ärende to the committee and close the loop.

* :func:`case_lines` / :func:`proposal_story`: ärendenummer, handläggare and förslag till beslut,
  printed as the ärenden of the committee's minutes (seed 004);
* :func:`effect_story`: each prioritised problem's effect measure — baseline, target and the value
  on the report's day (core/est/problem_work.py); a period still running then is "preliminärt",
  never "Målet nått";
* :func:`duties_story`: the committee's duties still open on that day (core/follow_up/duties.py).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm

from ..est.problem_work import effect_rows, number_text
from ..follow_up.duties import due_duties
from ..pdf import Text, para, paras, table
from ..pdf.text import INK, MUTED

WIDTH = 210 * mm - 36 * mm
GRID = [("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6"))]
RULE = (0.3, MUTED)


def case_lines(occasion: dict) -> list:
    """"Ärendenummer: …" and "Handläggare: …" under the report's title (only those filled in)."""
    out = []
    for label, key in (("Ärendenummer", "case_number"), ("Handläggare", "officer")):
        if occasion.get(key):
            out += paras(f"{label}: {occasion[key]}", "body", markup="<b>{}</b>")
    return out


def proposal_story(occasion: dict) -> list:
    """The ärende's "Förslag till beslut" (nothing when there is none)."""
    return [para("Förslag till beslut", "h1"), *paras(occasion["proposal"])] if occasion.get("proposal") else []


def effect_story(store, agreement_uuid: str, day: dt.date) -> list:
    """"Effekt av prioriterade problem": measure, baseline, target and value per problem on ``day``."""
    rows = [r for r in effect_rows(store, agreement_uuid, day) if r["effect"] is not None]
    out = [para("Effekt av prioriterade problem", "h1")]
    if not rows:
        return out + [para("Inga prioriterade problem har ett effektmått.", "small")]
    data = []
    for r in rows:
        e = r["effect"]
        problem = [Text(r["description"])]
        if r["area"]:
            problem.append(Text(r["area"], "small"))
        if r["cause_analysis"]:
            problem.append(Text(f"Orsaksanalys: {r['cause_analysis']}", "small"))
        now = [Text(number_text(e.current), "cell_bold")]
        if e.current_period:
            now.append(Text(e.current_period, "small"))
        if e.verdict:
            now.append(Text(e.verdict, "small"))
        data.append([problem, Text(e.measure), Text(number_text(e.baseline)), Text(number_text(e.target)), now])
    return out + [table(data, [WIDTH * f for f in (0.31, 0.2, 0.17, 0.1, 0.22)],
                        header=("Problem", "Effektmått", "Utgångsvärde", "Mål", "Nuläge"), style=GRID, rule=RULE)]


def duties_story(store, agreement_uuid: str, day: dt.date) -> list:
    """"Uppdrag från utskottet": the duties recorded by ``day`` and not done then."""
    rows = due_duties(store, agreement_uuid, day)
    out = [para("Uppdrag från utskottet", "h1")]
    if not rows:
        return out + [para(f"Inga uppdrag från utskottet var öppna per {day.isoformat()}.", "small")]
    data = [[Text(r["what"]), Text(r["who"] or "–"), Text(r["decision"] or "–"), Text(r["due_date"]),
             Text(r["state"], "cell_bold" if r["state"] == "försenad" else "cell")] for r in rows]
    return out + [table(data, [WIDTH * f for f in (0.34, 0.21, 0.18, 0.14, 0.13)],
                        header=("Uppdrag", "Vem", "Beslut", "Senast", "Läge"), style=GRID, rule=RULE)]
