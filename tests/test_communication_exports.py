"""The plan leaves the program: `samverkan ics` (RFC 5545 calendar) and `samverkan pdf communication-plan`."""

from __future__ import annotations

import datetime as dt
import re

from icalendar import Calendar
from pypdf import PdfReader

from samverkan_desktop.cli import main
from samverkan_desktop.core.communication import ops
from samverkan_desktop.core.communication import queries as comm
from samverkan_desktop.core.demo.orebro import find_agreement
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A

AGREEMENT = "Samverkansöverenskommelse 2024-2026"


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return cal, {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _demo_rows(path, year=2026):
    store = Store.open(path, user="TS", origin=SITE_A, make_backup=False, read_only=True)
    try:
        ag = find_agreement(store)
        return comm.list_activities(store, comm.plan_uuid(ag, year))
    finally:
        store.close()


def test_ics_has_one_event_per_dated_activity_with_stable_uids(demo_path, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    assert main(["ics", str(demo_path), "--agreement", AGREEMENT, "--year", "2026", "-o", str(out)]) == 0
    assert "händelser" in capsys.readouterr().out
    cal, events = _events(out)
    rows = _demo_rows(demo_path)
    dated = [r for r in rows if r["when"] is not None]
    assert len(events) == len(dated) == len(rows) - 1  # the GVI film has no date yet
    assert str(cal["VERSION"]) == "2.0" and "Samverkan Desktop" in str(cal["PRODID"])
    for row in dated:
        ev = events[f"{row['uuid']}@samverkan-desktop"]
        assert ev.decoded("DTSTART") == row["when"]  # a date, not a datetime: all day
        assert not isinstance(ev.decoded("DTSTART"), dt.datetime)
        assert ev.decoded("DTEND") == row["when"] + dt.timedelta(days=1)
        assert row["title"] in str(ev["SUMMARY"])
        assert int(ev["SEQUENCE"]) == 1
        text = str(ev["DESCRIPTION"])
        assert f"Status: {row['status']}" in text
        if row["channel"]:
            assert f"Kanal: {row['channel']}" in text
    by_title = {r["title"]: r for r in rows}
    cancelled = events[f"{by_title['Föräldramöte om unga och narkotika']['uuid']}@samverkan-desktop"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and str(cancelled["SUMMARY"]).startswith("INSTÄLLD: ")
    summer = events[f"{by_title['Sociala medier inför sommarlovet']['uuid']}@samverkan-desktop"]
    assert summer.decoded("DTSTART") == dt.date(2026, 6, 8)  # week 24 without a date: its Monday
    assert "Målgrupp: Vårdnadshavare" in str(summer["DESCRIPTION"])

    again = tmp_path / "again.ics"
    assert main(["ics", str(demo_path), "--agreement", AGREEMENT, "--year", "2026", "-o", str(again)]) == 0
    assert set(_events(again)[1]) == set(events)
    assert again.read_bytes() == out.read_bytes()  # nothing changed, nothing differs
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_reexport_after_an_edit_keeps_the_uid_and_raises_the_sequence(demo_path, tmp_path):
    out = tmp_path / "plan.ics"
    rows = _demo_rows(demo_path)
    target = next(r for r in rows if r["title"] == "Trygghetsmätningens resultat")
    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    try:
        ops.move_activity(store, target["uuid"], 12)
    finally:
        store.close()
    assert main(["ics", str(demo_path), "--agreement", AGREEMENT, "--year", "2026", "-o", str(out)]) == 0
    ev = _events(out)[1][f"{target['uuid']}@samverkan-desktop"]
    assert int(ev["SEQUENCE"]) == 2
    assert ev.decoded("DTSTART") == dt.date(2026, 12, 30)


def test_ics_errors_are_one_line(demo_path, tmp_path, capsys):
    assert main(["ics", str(demo_path), "--agreement", AGREEMENT, "--year", "2031", "-o",
                 str(tmp_path / "x.ics")]) == 1
    assert "ingen kommunikationsplan för 2031" in capsys.readouterr().err
    assert main(["ics", str(demo_path), "--agreement", AGREEMENT, "--year", "2026", "-o",
                 str(tmp_path / "saknas" / "x.ics")]) == 1
    assert "Mappen finns inte" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def _lines(pdf) -> list[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]


def test_pdf_lists_every_activity_under_its_month(demo_path, tmp_path):
    out = tmp_path / "plan.pdf"
    assert main(["pdf", str(demo_path), "communication-plan", "--agreement", AGREEMENT, "--year", "2026",
                 "-o", str(out)]) == 0
    lines = _lines(out)
    assert "Kommunikationsplan 2026" in lines
    assert any("Huvudbudskap" in line for line in lines)
    headings = {}
    for name in [*(m.capitalize() for m in comm.MONTHS), comm.UNDATED]:
        if name in lines:
            headings[name] = lines.index(name)
    order = sorted(headings.values())
    rows = _demo_rows(demo_path)
    for row in rows:
        heading = (comm.MONTHS[row["month"] - 1].capitalize() if row["month"] else comm.UNDATED)
        assert heading in headings, heading
        start = headings[heading]
        end = next((i for i in order if i > start), len(lines))
        section = " ".join(lines[start:end])
        assert row["title"][:30] in section, (row["title"], heading)
    assert "pågår – försenad" in " ".join(lines)
    assert "Juli" not in headings  # empty months are left out


def test_pdf_without_year_takes_the_newest_plan_and_refuses_a_missing_one(demo_path, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["pdf", str(demo_path), "communication-plan", "--agreement", AGREEMENT, "-o", str(out)]) == 0
    assert "Kommunikationsplan 2026" in PdfReader(out).pages[0].extract_text()
    assert main(["pdf", str(demo_path), "communication-plan", "--agreement", "Hallsberg", "-o",
                 str(tmp_path / "h.pdf")]) == 1
    assert "ingen kommunikationsplan" in capsys.readouterr().err
    assert not (tmp_path / "h.pdf").exists()
