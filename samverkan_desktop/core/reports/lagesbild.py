"""``samverkan pdf FILE lagesbild --kommun K --year Y [--period 2026-T2]``: one kommun's lägesbild.

The five parts of Lag (2023:196) 4 §: kartläggning (the figures drawn from EST, as saved and
edited), omfattning och konsekvenser, annan relevant information, analys and prioriterade problem
(each with the åtgärdsplan rows that address it). A fastställd lägesbild prints as it was
established; a kommun without a saved lägesbild gets an unsaved draft from EST, marked as such.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from ..agreement import queries as agreements
from ..errors import NotFound, ValidationError
from ..est.analysis import analyse, pick_agreement
from ..est.kommun import resolve_kommun
from ..follow_up import lagesbild as L
from ..i18n import N_, _
from ..pdf import PageFrame, para, paras
from ..pdf.document import gather_and_build
from ..periods import Period
from ..progress import Progress, no_progress
from . import Option, ReportKind, register
from .est_common import bar_chart, empty_note, grid_table

WIDTH = 210 * mm - 36 * mm


def _period(year, period) -> Period:
    if period:
        return Period.parse(str(period))
    if year:
        return Period(int(year))
    raise ValidationError(_("Ange året med --year (t.ex. 2026) eller perioden med --period (t.ex. 2026-T2)."))


def _figures(rows: list[dict], period: Period) -> list:
    if not rows:
        return [empty_note("Inga siffror i kartläggningen.")]
    out, section = [], None
    data = [["", f"{period.label()}", "Året innan", "Kommentar"]]
    for r in rows:
        if r["section"] != section:
            section = r["section"]
            data.append([para(section, "cell_bold"), "", "", ""])
        data.append([para(r["label"], "cell"), r["value"], r["previous"], para(r["note"], "cell")])
    table = grid_table(data, [74 * mm, 26 * mm, 22 * mm, WIDTH - 122 * mm])
    table.setStyle([("ALIGN", (3, 0), (3, -1), "LEFT")])
    out.append(table)
    return out


def _problems(rows: list[dict], plan_rows: list[dict]) -> list:
    if not rows:
        return [empty_note("Inga prioriterade problem valda.")]
    by_problem: dict[str, list[str]] = {}
    for r in plan_rows:
        by_problem.setdefault(r["problem_uuid"], []).append(r["measure"])
    data = [["Prio", "Problem", "Område", "Åtgärder i åtgärdsplanen"]]
    for p in rows:
        measures = by_problem.get(p["uuid"], [])
        data.append([str(p["priority"]), para(p["description"], "cell"), para(p["area"] or "–", "cell"),
                     para("\n".join(f"• {m}" for m in measures) or "ingen ännu", "cell")])
    return [grid_table(data, [10 * mm, 66 * mm, 30 * mm, WIDTH - 106 * mm], numeric_from=None)]


def story_for(store, agreement: dict, kommun, period: Period) -> list:
    """The flowables of the lägesbild (also used by the tests)."""
    ag = agreement["uuid"]
    row = L.find(store, ag, kommun.party_uuid, period)
    story = [para(f"Lägesbild {period.label()} – {kommun.name}", "title"),
             para(f"Enligt 4 § lag (2023:196) om kommuners ansvar för brottsförebyggande arbete · "
                  f"{agreement['title']}", "small")]
    if row is None:
        story.append(para("Utkast ur EST – lägesbilden är inte sparad eller fastställd.", "h2"))
        row = {"mapping": "", "extent": "", "other_info": "", "analysis": "", "priorities": "", "uuid": None,
               "figures": "[]"}
        figures = L.draft_figures(store, ag, kommun, period)
    else:
        status = (f"Fastställd {row['established_on']} av {row['established_by']}." if row["status"] == "fastställd"
                  else "Utkast, ej fastställd.")
        story.append(para(status, "h2"))
        figures = L.figures(row)
    story.append(Spacer(1, 2 * mm))
    story += [para("1. Kartläggning", "h1"), *paras(row["mapping"] or "Ingen text skriven.")]
    story += _figures(figures, period)
    result = analyse(store, ag, period, kommun=kommun)
    chart_rows = [r for r in result.by_category if any(r.counts.values())]
    if chart_rows:
        story += [CondPageBreak(70 * mm), Spacer(1, 3 * mm),
                  bar_chart([r.label for r in chart_rows], {y: [r.count(y) for r in chart_rows] for y in result.years},
                            width=WIDTH, height=62 * mm, title="Händelser i EST per kategori och år")]
    for number, key in ((2, "extent"), (3, "other_info"), (4, "analysis")):
        story += [CondPageBreak(30 * mm), para(f"{number}. {L.SECTIONS[key]}", "h1"),
                  *paras(row[key] or "Ingen text skriven.")]
    story += [CondPageBreak(40 * mm), para("5. Prioriterade problem", "h1")]
    if row["priorities"]:
        story += paras(row["priorities"])
    chosen = L.problems(store, row["uuid"]) if row["uuid"] else []
    story += _problems(chosen, L.plan_rows_for(store, row["uuid"]) if row["uuid"] else [])
    return story


def build(store, out: Path, *, progress: Progress | None = None, agreement=None, kommun=None, year=None,
          period=None, **_ignored) -> Path:
    """Write the lägesbild of ``kommun`` for ``year`` (or ``period``)."""
    progress = progress or no_progress
    when = _period(year, period)
    ag = pick_agreement(store, agreement) if agreement else _agreement_of(store, kommun)
    municipality = resolve_kommun(store, ag["uuid"], kommun)
    if municipality is None:
        raise ValidationError(_("Ange kommunen med --kommun (t.ex. Kumla): en lägesbild gäller en kommun."))
    frame = PageFrame(f"Lägesbild {when.label()} – {municipality.name}",
                      header_parties=agreements.header_parties(store, ag["uuid"]))
    return gather_and_build(out, frame, lambda: story_for(store, ag, municipality, when), progress,
                            "Sammanställer lägesbilden …")


def _agreement_of(store, kommun) -> dict:
    """Without --agreement: the only agreement, or the only one that has ``kommun`` as a party."""
    rows = agreements.list_agreements(store)
    if len(rows) > 1 and kommun:
        matching = []
        for a in rows:
            try:
                resolve_kommun(store, a["uuid"], kommun)
            except NotFound:
                continue
            matching.append(a)
        if len(matching) == 1:
            return matching[0]
        if not matching:
            raise NotFound(_("Ingen överenskommelse i arbetsytan har kommunen {kommun!r}.").format(kommun=kommun))
    return pick_agreement(store, None)


register(ReportKind("lagesbild", N_("Lägesbild för en kommun (Lag 2023:196 4 §)"), build, options=(
    Option("--kommun", N_("Kommunen (t.ex. Kumla)"), required=True),
    Option("--year", N_("År (t.ex. 2026)")),
    Option("--period", N_("Eller en tertial (t.ex. 2026-T2)")),
    Option("--agreement", N_("Överenskommelse (uuid eller del av titeln; behövs bara om kommunen finns i flera)")),
)))
