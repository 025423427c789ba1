"""One way to count: every figure a demo report states in its text equals the table beside it and the
query function behind both (``antal`` summed), issue 13."""

from __future__ import annotations

import re

import pytest

from samverkan_desktop.core import reports
from samverkan_desktop.core.demo.orebro import find_agreement
from samverkan_desktop.core.est import pack
from samverkan_desktop.core.est.analysis import analyse
from samverkan_desktop.core.periods import IsoWeek, Period

from .test_follow_up_reports import _text


@pytest.mark.parametrize("week", [10, 36, 44])
def test_week_pack_text_agrees_with_its_tables(demo_store, tmp_path, week):
    ag = find_agreement(demo_store)
    iso = IsoWeek(2026, week)
    text = _text(reports.build(demo_store, "est-week", tmp_path / "w.pdf", agreement=ag, week=str(iso)))
    cats = pack.category_counts(demo_store, ag, iso)
    now, before = sum(c.current for c in cats), sum(c.previous for c in cats)
    stated = re.search(rf"Lägesbild vecka {week}: (\d+) händelser? \((\d+) veckan innan\)", text)
    assert stated, text[:600]
    # both tables' total lines: "Totalt <week before> <this week> <change>"
    totals = re.findall(r"Totalt (\d+) (\d+) [+±-]", text)
    assert len(totals) == 2
    assert {(int(stated.group(2)), int(stated.group(1)))} == {(before, now)} == {tuple(map(int, t)) for t in totals}
    # "Mest rapporterat: skadegörelse (14), brand (9) …" — the category lines of the table
    top = re.search(r"Mest rapporterat: (.+?)\.", text).group(1)
    by_label = {c.label.lower(): c.current for c in cats}
    for label, n in re.findall(r"([^,(]+?) \((\d+)\)", top):
        assert by_label[label.strip()] == int(n), label
        assert re.search(rf"{re.escape(label.strip())} \d+ {n} ", text, re.IGNORECASE)
    # each area's motivation: "Allvarligt läge: 20 händelser, mest …" = that area's line of "Per område"
    areas = {a.label: a.current for a in pack.area_counts(demo_store, ag, iso)}
    stated_areas = re.findall(r"(\w+) (?:grön|gul|röd) (?:Normalläge|Förhöjt läge|Allvarligt läge): (\d+) händelser?\b",
                              text)
    quiet = re.findall(r"(\w+) (?:grön|gul|röd) (?:Normalläge|Förhöjt läge|Allvarligt läge): inga händelser", text)
    assert len(stated_areas) + len(quiet) == 6
    assert all(areas.get(area, 0) == 0 for area in quiet)
    for area, n in stated_areas:
        assert areas.get(area, 0) == int(n), area
        assert re.search(rf"\b{area} \d+ {n} [+±-]", text), area


def test_tertial_conclusions_agree_with_the_tables(demo_store, tmp_path):
    ag = find_agreement(demo_store)
    period = Period.parse("2026-T2")
    text = _text(reports.build(demo_store, "tertial", tmp_path / "t2.pdf", agreement=ag, period=str(period)))
    result = analyse(demo_store, ag, period)
    said = re.search(r"registrerades (\d+) händelser, mot (\d+) samma tertial 2025 och (\d+) tertialen 2024", text)
    assert said, text[:1500]
    now, last, before = map(int, said.groups())
    assert (before, last, now) == tuple(result.totals[y] for y in (2024, 2025, 2026))
    assert re.search(rf"Registrerade händelser {before} {last} {now}\b", text)
    assert len(re.findall(rf"Totalt {before} {last} {now} ", text)) == 3  # per kategori, område, källa
    youth = re.search(r"Samling av ungdomar är vanligast under sommaren \((\d+) händelser, (\d+) året innan och (\d+) för "
                      r"två år sedan\)", text)
    y_now, y_last, y_before = map(int, youth.groups())
    assert re.search(rf"Samling av ungdomar {y_before} {y_last} {y_now} ", text)
