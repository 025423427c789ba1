"""The EST tertial and annual analysis PDFs: ``samverkan pdf FILE tertial --period 2026-T2 …``.

Tables by category, area and source with the same period of the two previous years as columns,
a bar chart per category and the weekly trend, the largest changes, the category × area table,
and the conclusions and prioritised areas saved for the period. Landscape: the tables are wide.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from ..agreement import queries as agreements
from ..errors import ValidationError
from ..est.analysis import Analysis, CountRow, analyse, pick_agreement
from ..est.kommun import resolve_kommun
from ..est.kommun import suffix as kommun_suffix
from ..est.timeofday import WEEKDAY_SHORT, weekday_hours
from ..i18n import N_, _
from ..pdf import PageFrame, Text, build_pdf, para, paras
from ..periods import Period
from ..progress import Progress, no_progress
from ..store.stamps import today
from ..text import plural
from . import Option, ReportKind, register
from .est_common import bar_chart, empty_note, fmt_delta, fmt_percent, grid_table, line_chart, short

PAGE_WIDTH = 297 * mm - 36 * mm  # landscape A4 between the margins
MAX_CROSS_AREAS = 12


def _period(text: str | None, *, annual: bool) -> Period:
    if not text:
        raise ValidationError(_("Ange perioden med --period (t.ex. 2026-T2 eller 2026)."))
    period = Period.parse(str(text))
    if annual and (period.tertial or period.month):
        raise ValidationError(_("Årsrapporten gäller ett helt år: skriv --period {year}.").format(year=period.year))
    if not annual and not period.tertial:
        raise ValidationError(_("Tertialrapporten gäller en tertial: skriv t.ex. --period {year}-T2.").format(year=period.year))
    return period


def count_table(rows: list[CountRow], years: list[int], head: str, *, total: dict[int, int]) -> list:
    """Header, one line per row, total line: name, a column per year, change and % against last year."""
    prev, now = years[-2], years[-1]
    data = [[head, *[str(y) for y in years], f"Förändring mot {prev}", "%"]]
    for r in rows:
        data.append([Text(r.label), *[str(r.count(y)) for y in years],
                     fmt_delta(r.count(now) - r.count(prev)), fmt_percent(r.count(prev), r.count(now))])
    data.append(["Totalt", *[str(total.get(y, 0)) for y in years],
                 fmt_delta(total.get(now, 0) - total.get(prev, 0)), fmt_percent(total.get(prev, 0), total.get(now, 0))])
    return data


def _section_table(story: list, title: str, rows: list[CountRow], result: Analysis, head: str) -> None:
    story.append(CondPageBreak(60 * mm))
    story.append(para(title, "h1"))
    if not rows:
        story.append(empty_note("Inga händelser under perioden."))
        return
    widths = [78 * mm, *[24 * mm] * len(result.years), 40 * mm, 22 * mm]
    story.append(grid_table(count_table(rows, result.years, head, total=result.totals), widths, total_row=True))


def _cross_table(result: Analysis) -> list:
    areas = [r.label for r in result.by_area if r.count(result.year)][:MAX_CROSS_AREAS]
    cats = [r.label for r in result.by_category if r.count(result.year)]
    if not areas or not cats:
        return [empty_note("Inga händelser under perioden.")]
    data = [["Kategori", *[para(short(a, 60), "cell_bold") for a in areas], "Totalt"]]
    for c in cats:
        line = [result.category_area.get((c, a), 0) for a in areas]
        data.append([Text(c), *[str(n) if n else "·" for n in line],
                     str(sum(n for (cc, _a), n in result.category_area.items() if cc == c))])
    first = 58 * mm
    rest = (PAGE_WIDTH - first - 18 * mm) / len(areas)
    out = [grid_table(data, [first, *[rest] * len(areas), 18 * mm])]
    if len(result.by_area) > len(areas):
        out.append(empty_note(f"De {MAX_CROSS_AREAS} områden med flest händelser visas."))
    return out


def heat_table(store, result: Analysis) -> list:
    """Weekday × hour of the period's incidents with a time of day, shaded by count (grey scale, so
    it reads in black and white too)."""
    table = weekday_hours(store, result.agreement_uuid, result.period, kommun=result.kommun)
    if not table.with_time:
        return [empty_note("Inga händelser med klockslag under perioden.")]
    data = [["", *[f"{h:02d}" for h in range(24)], "Totalt"]]
    for d in range(7):
        data.append([WEEKDAY_SHORT[d], *[str(table.count(d, h) or "") for h in range(24)],
                     str(sum(table.count(d, h) for h in range(24)))])
    first = 16 * mm
    out = grid_table(data, [first, *[(PAGE_WIDTH - first - 16 * mm) / 24] * 24, 16 * mm])
    style = [("FONT", (1, 1), (-2, -1), "DejaVuSans", 7), ("ALIGN", (1, 0), (-1, -1), "CENTER")]
    peak = table.peak or 1
    for d in range(7):
        for h in range(24):
            n = table.count(d, h)
            if n:
                level = 0.95 - 0.55 * (n / peak)
                style.append(("BACKGROUND", (h + 1, d + 1), (h + 1, d + 1), colors.Color(level, level, level)))
                if level < 0.6:
                    style.append(("TEXTCOLOR", (h + 1, d + 1), (h + 1, d + 1), colors.white))
    out.setStyle(style)
    note = (f"{plural(table.with_time, 'händelse', 'händelser')} med klockslag; {table.without_time} utan klockslag "
            "räknas inte i tabellen." if table.without_time
            else f"{plural(table.with_time, 'händelse', 'händelser')}, alla med klockslag.")
    return [out, empty_note(note)]


def _by_year(result: Analysis, rows: list[CountRow]) -> dict[int, list[int | None]]:
    """Bar heights per year; a year without a single registration has no bars (not bars of 0)."""
    return {y: [r.count(y) if result.totals.get(y) else None for r in rows] for y in result.years}


def story_for(store, result: Analysis, agreement: dict) -> list:
    """The flowables of the analysis PDF of ``result`` (also used by the tests)."""
    p, years = result.period, result.years
    kind = "Tertialanalys" if p.tertial else "Årsanalys"
    day = today()
    prelim = result.preliminary(day)
    story = [para(f"EST – {kind} {p.label()}{kommun_suffix(result.kommun)}" + (" – preliminärt" if prelim else ""),
                  "title"),
             *paras(f"{agreement['title']} · jämförelse med samma period {years[0]} och {years[1]}", "small")]
    if prelim:
        story += paras(f"Preliminärt: perioden pågår (per {day.isoformat()}). {p.label()} räknas bara till och "
                       "med i dag och jämförs med hela perioder tidigare år; en lägre siffra är inte en minskning.",
                       markup="<b>{}</b>")
    story.append(Spacer(1, 3 * mm))
    # A year without a single registration has no data (the work had not started): "–", not 0.
    totals = [["Period", *[pp.label() + (" (prel.)" if prelim and pp == p else "") for pp in result.periods]],
              ["Registrerade händelser", *[str(result.totals[y]) if result.totals.get(y) else "–" for y in years]]]
    story.append(grid_table(totals, [70 * mm, *[50 * mm] * len(years)]))
    story.append(para("Slutsatser", "h1"))
    story += paras(result.conclusions or "Inga slutsatser sparade för perioden.")
    story.append(para("Prioriterade områden", "h2"))
    story += paras(result.prioritized_areas or "Inga prioriterade områden sparade för perioden.")
    changes = [c for c in result.largest_changes(6) if c.delta]
    if changes:
        story.append(para(f"Störst förändring per område mot {years[-2]}", "h2"))
        for c in changes:
            story += paras(c.describe(), "bullet", prefix="• ")

    story.append(PageBreak())
    _section_table(story, "Händelser per kategori", result.by_category, result, "Kategori")
    chart_rows = [r for r in result.by_category if any(r.counts.values())]
    if chart_rows:
        story.append(Spacer(1, 4 * mm))
        story.append(bar_chart([r.label for r in chart_rows], _by_year(result, chart_rows),
                               width=PAGE_WIDTH, height=64 * mm,
                               title="Antal per kategori och år" + (f" ({p.year} preliminärt)" if prelim else "")))
    weeks, series = result.trend_series(until=day)
    partial = result.partial_weeks()
    note = ("Veckor som bara delvis ligger i perioden (v. " + ", ".join(map(str, partial)) + ") och veckor som "
            "inte är slut ritas inte.") if partial or prelim else ""
    story.append(KeepTogether([para("Veckotrend", "h1"),
                               line_chart(weeks, series, width=PAGE_WIDTH, height=62 * mm, note=note,
                                          title="Antal händelser per ISO-vecka"
                                          + (f" ({p.year} preliminärt)" if prelim else ""))]))
    area_rows = [r for r in result.by_area if any(r.counts.values())]
    if area_rows:
        story.append(CondPageBreak(80 * mm))
        story.append(para("Händelser per område", "h1"))
        story.append(bar_chart([r.label for r in area_rows], _by_year(result, area_rows),
                               width=PAGE_WIDTH, height=62 * mm,
                               title="Antal per område och år" + (f" ({p.year} preliminärt)" if prelim else "")))
    _section_table(story, "Per område", result.by_area, result, "Område")
    _section_table(story, "Per källa (aktör)", result.by_source, result, "Källa")
    story.append(CondPageBreak(70 * mm))
    story.append(para(f"Kategori × område, {p.label()}", "h1"))
    story.extend(_cross_table(result))
    story.append(CondPageBreak(70 * mm))
    story.append(para(f"Veckodag × klockslag, {p.label()}", "h1"))
    story.extend(heat_table(store, result))
    return story


def _build(store, out: Path, *, annual: bool, progress: Progress | None = None, agreement=None,
           period=None, kommun=None, **_ignored) -> Path:
    progress = progress or no_progress
    when = _period(period, annual=annual)
    ag = pick_agreement(store, agreement)
    municipality = resolve_kommun(store, ag["uuid"], kommun)
    result = analyse(store, ag["uuid"], when, progress=progress, kommun=municipality)
    frame = PageFrame(f"EST-analys {when.label()}{kommun_suffix(municipality)}",
                      header_parties=agreements.header_parties(store, ag["uuid"]))
    story = story_for(store, result, ag)
    return build_pdf(out, frame, story, check_cancel=lambda: progress(0, 0, "Skriver PDF …"), landscape=True)


_OPTIONS = (Option("--agreement", N_("Överenskommelse (uuid, del av titeln eller en parts namn; behövs när arbetsytan har flera)")),
            Option("--kommun", N_("Bara en kommuns områden (t.ex. Kumla); utelämnad: hela överenskommelsen")))

register(ReportKind("tertial", N_("EST-analys för en tertial"),
    lambda store, out, **kw: _build(store, out, annual=False, **kw),
    options=(*_OPTIONS, Option("--period", N_("Tertial (t.ex. 2026-T2)"), required=True))))
register(ReportKind("annual", N_("EST-analys för ett år"),
    lambda store, out, **kw: _build(store, out, annual=True, **kw),
    options=(*_OPTIONS, Option("--period", N_("År (t.ex. 2026)"), required=True))))
