"""``samverkan pdf FILE follow-up --follow-up F``: the report of one follow-up occasion to the committee.

Summary, each form's status (coloured marker AND the status word, so it reads in black and white),
comment, the resources' status, indicator charts, open and overdue EST actions, the action plan.

The report is true to its day (:func:`..follow_up.as_of.report_day`: the day the occasion was
done): indicator values of periods begun by then, the actions open then, the action plan of that
year, and nothing entered or dated later (see :mod:`..follow_up.as_of` for what can be known).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..agreement import queries as agreements
from ..follow_up import as_of, indicators
from ..follow_up import queries as fu  # the report's option is also called follow_up
from ..i18n import N_
from ..pdf import PageFrame, Text, build_pdf, keep_together, para, paras, table
from ..pdf.text import INK, MUTED
from ..progress import Progress, no_progress
from ..store.stamps import today
from ..text import plural
from . import Option, ReportKind, register
from .action_plan import plan_story
from .charts import indicator_chart, status_marker
from .committee import case_lines, duties_story, effect_story, proposal_story

WIDTH = 210 * mm - 36 * mm
GRID = [("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6"))]
RULE = (0.3, MUTED)


def _colour(n: int, word: str) -> str:
    """Swedish number agreement of a status colour: "1 gul", "2 gula", "0 röda"."""
    return plural(n, word, {"grön": "gröna", "gul": "gula", "röd": "röda"}[word]).split(" ", 1)[1]


def _status_cell(status: str) -> Table:
    return Table([[status_marker(status), para(status, "cell_bold")]], colWidths=[13, None],
                 style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _assessment_table(rows: list[dict], *, with_party: bool, day) -> Table:
    head = ["Resurs" if with_party else "Samverkansform", "Status", "Kommentar"]
    fractions = [0.42, 0.16, 0.42] if with_party else [0.36, 0.16, 0.48]
    data = []
    for r in rows:
        name = [Text(r["name"])]
        if with_party:
            name.append(Text(" · ".join(x for x in (r["party"], r["detail"]) if x), "small"))
        comment = [Text(r["comment"] or "–")]
        if r["evidence"]:
            comment.append(Text(f"Underlag: {r['evidence']}", "small"))
        comment += [Text(f"Underlag: {e['label']}", "small") for e in r.get("links", [])]
        if r.get("edited_later"):
            comment.append(Text(f"Bedömningen har ändrats efter {day.isoformat()}; här står den som den lyder nu.",
                                "small"))
        data.append([name, _status_cell(r["status"]), comment])
    return table(data, [WIDTH * f for f in fractions], header=head, style=GRID, rule=RULE)


def _actions_table(rows: list[dict]) -> Table:
    data = []
    for r in rows:
        status = r["status_then"] + (" – försenad" if r["overdue"] else "")
        data.append([Text(f"{r['raised_year']} v{r['raised_week']}"), Text(r["description"]),
                     Text(" / ".join(x for x in (r["party_name"], r["responsible_function"]) if x)),
                     Text(r["due_date"] or "–"), Text(status, "cell_bold" if r["overdue"] else "cell")])
    marks = {i: [("BACKGROUND", 0, -1, colors.HexColor("#fbe3e3"))] for i, r in enumerate(rows) if r["overdue"]}
    return table(data, [WIDTH * f for f in (0.1, 0.4, 0.22, 0.13, 0.15)],
                 header=("Vecka", "Åtgärd", "Ansvarig", "Klart senast", "Status"), style=GRID, row_styles=marks,
                 rule=RULE)


def _indicator_values(series: list, unit: str, day) -> list:
    """The chart of an indicator's values up to the report's day; one period only is a sentence
    (a chart of single dots says nothing), none says so."""
    periods = sorted({p for s in series for p in s.periods}, key=indicators.period_x)
    if len(periods) > 1:
        return [indicator_chart(series, unit=unit, width=WIDTH)]
    if not periods:
        return [para(f"Inga mätvärden per {day.isoformat()}.", "small")]
    shown = f" {unit}" if unit and unit != "antal" else ""
    values = ", ".join(f"{v:g}{shown} ({s.area_name})".replace(".", ",") for s in series for (_x, v) in s.points)
    return [para(f"{periods[0]}: {values}. Inga tidigare värden.", "small")]


def dated_assessments(store, occasion: dict, day) -> list[dict]:
    """The occasion's assessment rows as of ``day``: a form or resource entered later and never
    assessed at the occasion is left out; an assessment edited later is marked ``edited_later``;
    a resource's current status (tillsatt/vakant …) is shown only in a report about today."""
    rows = fu.assessment_rows(store, occasion["uuid"])
    later = as_of.entered_after(store, occasion["agreement_uuid"], day)
    rows = [r for r in rows if r["assessment_uuid"] or r["target_uuid"] not in later]
    edited = as_of.edited_after(store, "assessment", [r["assessment_uuid"] for r in rows if r["assessment_uuid"]], day)
    for r in rows:
        r["links"] = fu.evidence_links(store, r["assessment_uuid"]) if r["evidence_count"] else []
        r["edited_later"] = r["assessment_uuid"] in edited
        if r["target_kind"] == "resource" and day < today():
            r["detail"] = ""
    return rows


def build(store, out: Path, *, progress: Progress | None = None, follow_up: str, **_options) -> Path:
    """Write the committee report of the occasion ``follow_up`` (uuid or due date)."""
    progress = progress or no_progress
    occasion = fu.resolve_follow_up(store, follow_up)
    ag = store.get("agreement", occasion["agreement_uuid"])
    steps = 6
    progress(0, steps, "Läser bedömningar")
    day = as_of.report_day(occasion)
    rows = dated_assessments(store, occasion, day)
    forms = [r for r in rows if r["target_kind"] == "form"]
    resources = [r for r in rows if r["target_kind"] == "resource"]
    title = occasion["title"] or f"{occasion['kind'].capitalize()} {occasion['due_date']}"
    done = f", genomförd {occasion['done_date']}" if occasion["done_date"] else ", ej genomförd"
    story = [*paras(title, "title"), *case_lines(occasion),
             *paras(f"{ag['title']} · {occasion['kind']} · senast {occasion['due_date']}{done}", "small")]
    if occasion["responsible"]:
        story += paras(f"Ansvariga: {occasion['responsible']}", "small")
    story += paras(f"Uppgifterna gäller läget per {day.isoformat()}.", "small")
    story.append(para("Sammanfattning", "h1"))
    if occasion["summary"]:
        story += paras(occasion["summary"])
    counts = Counter(r["status"] for r in forms)
    story.append(para(f"Av {len(forms)} samverkansformer bedöms {counts['grön']} som "
                      f"{_colour(counts['grön'], 'grön')}, "
                      f"{counts['gul']} som {_colour(counts['gul'], 'gul')} och {counts['röd']} som "
                      f"{_colour(counts['röd'], 'röd')}; {counts['ej bedömd']} "
                      f"är ej {'bedömd' if counts['ej bedömd'] == 1 else 'bedömda'}."))
    red = [r["name"] for r in forms if r["status"] == "röd"]
    if red:
        story += paras("Röda: " + "; ".join(red) + ".", markup="<b>{}</b>")
    story += proposal_story(occasion)
    progress(1, steps, "Samverkansformer")
    story += [para("Samverkansformer", "h1"), _assessment_table(forms, with_party=False, day=day)]
    progress(2, steps, "Resurser")
    rc = Counter(r["status"] for r in resources)
    story += [para("Resurser som garanteras", "h1"),
              para(f"{plural(len(resources), 'resurs', 'resurser')}: "
                   f"{rc['grön']} {_colour(rc['grön'], 'grön')}, {rc['gul']} {_colour(rc['gul'], 'gul')}, "
                   f"{rc['röd']} {_colour(rc['röd'], 'röd')}, "
                   f"{plural(rc['ej bedömd'], 'ej bedömd', 'ej bedömda')}.", "small"),
              _assessment_table(resources, with_party=True, day=day)]
    progress(3, steps, "Indikatorer")
    inds = indicators.list_indicators(store, ag["uuid"])
    story.append(para("Indikatorer", "h1"))
    if not inds:
        story.append(para("Inga indikatorer är definierade.", "small"))
    for ind in inds:
        better = "lägre är bättre" if not ind["higher_is_better"] else "högre är bättre"
        meta = " · ".join(x for x in (ind["source"], ind["unit"], better, ind["form_name"]) if x)
        series = as_of.values_until(indicators.series(store, ind["uuid"]), day)
        story += keep_together([*paras(ind["name"], "h2"), *paras(meta, "small"),
                                *_indicator_values(series, ind["unit"], day)])
    story += effect_story(store, ag["uuid"], day)
    progress(4, steps, "Åtgärder")
    actions = as_of.open_actions_on(store, ag["uuid"], day)
    overdue = sum(1 for a in actions if a["overdue"])
    story += [para("Öppna och försenade åtgärder", "h1"),
              para(f"{len(actions)} öppna åtgärder i EST-loggen, varav {overdue} försenade "
                   f"(per {day.isoformat()})." if actions else
                   f"Inga åtgärder i EST-loggen var öppna per {day.isoformat()}.", "small")]
    if actions:
        story.append(_actions_table(actions))
    story += duties_story(store, ag["uuid"], day)
    progress(5, steps, "Åtgärdsplan")
    year = day.year
    plan = plan_story(store, ag["uuid"], year, width=WIDTH, compact=True, on=day)
    story += [Spacer(1, 4), para(f"Åtgärdsplan {year}", "h1"), *plan]
    frame = PageFrame(title, header_parties=agreements.header_parties(store, ag["uuid"]))
    return build_pdf(out, frame, story, check_cancel=lambda: progress(5, steps, "Skriver PDF"))


register(ReportKind("follow-up", N_("Uppföljning till utskottet"), build, options=(
    Option("--follow-up", N_("Uppföljningstillfälle (uuid eller datum ÅÅÅÅ-MM-DD)"), required=True),
)))
