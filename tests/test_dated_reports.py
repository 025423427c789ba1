"""A follow-up report is true to its day: nothing dated after it, the actions open then, the
indicator values of periods begun by then, the action plan of that year (issue 13)."""

from __future__ import annotations

import datetime as dt
import re

from samverkan_desktop.core import reports
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.follow_up import ops as follow_up_ops
from samverkan_desktop.core.follow_up import queries as fu
from samverkan_desktop.core.periods import IsoWeek

from .test_follow_up_reports import _text

DAY = "2024-11-30"
DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d])")


def _later_than(text: str, day: str) -> list[str]:
    """Every date and year in ``text`` that lies after ``day``."""
    dates = [m.group(0) for m in DATE.finditer(text) if m.group(0) > day]
    years = [m.group(1) for m in YEAR.finditer(DATE.sub(" ", text)) if int(m.group(1)) > int(day[:4])]
    return dates + years


def _body(path, store) -> str:
    """The report's text without the page footer's print date ("Utskriven …": the day the paper
    is printed, not a value of the report) and the agreement's title (a name: "… 2024-2026")."""
    text = re.sub(r"Utskriven \d{4}-\d{2}-\d{2}", " ", _text(path))
    for (title,) in store.query("SELECT title FROM agreement"):
        text = text.replace(title, " ")
    return text


def test_the_november_2024_follow_up_shows_nothing_dated_after_it(demo_store, tmp_path):
    out = reports.build(demo_store, "follow-up", tmp_path / "nov.pdf", follow_up=DAY)
    text = _body(out, demo_store)
    assert _later_than(text, DAY) == []
    assert "läget per 2024-11-27" in text  # the day the occasion was done
    assert "Åtgärdsplan 2024" in text and "Åtgärdsplan 2026" not in text
    assert "Inga åtgärder i EST-loggen var öppna per 2024-11-27" in text
    # the survey values up to 2024 are drawn, the later ones are not
    assert "2022" in text and "2024" in text
    # the test can fail: the report of the year after does name its own year
    later = _body(reports.build(demo_store, "follow-up", tmp_path / "dec.pdf", follow_up="2025-12-31"), demo_store)
    assert "2025" in later and _later_than(later, "2025-12-31") == []  # its due date


def test_the_three_follow_ups_differ_after_their_assessments(demo_store, tmp_path):
    tails = []
    for day in ("2024-11-30", "2025-12-31", "2026-12-09"):
        text = _text(reports.build(demo_store, "follow-up", tmp_path / f"{day}.pdf", follow_up=day))
        tails.append(text[text.index("Indikatorer"):])
    assert len(set(tails)) == 3


def test_an_action_closed_after_the_day_was_open_on_it(demo_store, tmp_path):
    ag = fu.resolve_follow_up(demo_store, DAY)["agreement_uuid"]
    est_ops.add_action(demo_store, ag, description="Belysning vid tunneln", raised=IsoWeek(2024, 40),
                       due_date="2024-11-01", status="klar")  # closed today: it was open in November 2024
    est_ops.add_action(demo_store, ag, description="Ny rutin för larm", raised=IsoWeek(2024, 49),
                       due_date="2024-12-20")  # raised after the day
    text = _text(reports.build(demo_store, "follow-up", tmp_path / "a.pdf", follow_up=DAY))
    assert "1 öppna åtgärder i EST-loggen, varav 1 försenade (per 2024-11-27)" in text
    assert re.search(r"Belysning vid tunneln .*öppen – försenad", text)
    assert "Ny rutin för larm" not in text


def test_an_assessment_edited_after_the_day_says_so(demo_store, tmp_path):
    occasion = fu.resolve_follow_up(demo_store, DAY)
    row = next(r for r in fu.assessment_rows(demo_store, occasion["uuid"]) if r["name"] == "Sociala insatsgrupper")
    before = _text(reports.build(demo_store, "follow-up", tmp_path / "b.pdf", follow_up=DAY))
    assert "har ändrats efter" not in before
    follow_up_ops.set_assessment(demo_store, occasion["uuid"], "form", row["target_uuid"], comment="Rättad text.")
    after = _text(reports.build(demo_store, "follow-up", tmp_path / "c.pdf", follow_up=DAY))
    assert "Bedömningen har ändrats efter 2024-11-27; här står den som den lyder nu." in after


def test_a_problem_closed_later_stands_in_an_earlier_week_pack(demo_store, tmp_path):
    from samverkan_desktop.core.demo.orebro import find_agreement
    from samverkan_desktop.core.est import pack

    ag = find_agreement(demo_store)
    uuid = est_ops.add_problem(demo_store, ag, description="Bränder i soprum", raised=IsoWeek(2026, 30)) \
        .created("problem")[0]
    week = IsoWeek(2026, 31)
    assert next(p for p in pack.active_problems(demo_store, ag, week) if p["uuid"] == uuid)["status"] == "aktivt"
    est_ops.update_problem(demo_store, uuid, status="avslutat")  # closed today, in week 48
    shown = next(p for p in pack.active_problems(demo_store, ag, week) if p["uuid"] == uuid)
    assert shown["status"] == "öppet"
    assert uuid not in {p["uuid"] for p in pack.active_problems(demo_store, ag, IsoWeek.of(dt.date.today()))}
    text = _text(reports.build(demo_store, "est-week", tmp_path / "w.pdf", agreement=ag, week=str(week)))
    assert "Bränder i soprum öppet v. 30 2026" in text
