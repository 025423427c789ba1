"""The follow-up PDFs read back: committee report (every form, status word and colour), the action
plan, and protokollsutdrag of the seed minutes' five paragraphs."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from samverkan_desktop.cli import main
from samverkan_desktop.core import reports
from samverkan_desktop.core.demo import minutes
from samverkan_desktop.core.demo.follow_up import FORM_ASSESSMENTS
from samverkan_desktop.core.errors import NotFound

from .test_follow_up_core import enter_seed_minutes

RED = (0xC6 / 255, 0x28 / 255, 0x28 / 255)  # STATUS_COLOURS["röd"]
_RG = re.compile(rb"([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+rg")


def _text(path) -> str:
    """All pages on one line; a word hyphenated at a line end (narrow columns) joined again."""
    return " ".join(" ".join(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", p.extract_text() or "").split())
                    for p in PdfReader(path).pages)


def _fills(page) -> list[tuple[float, float, float]]:
    data = page.get_contents().get_data()
    return [tuple(float(x) for x in m.groups()) for m in _RG.finditer(data)]


def _is(colour, target) -> bool:
    return all(abs(a - b) < 0.005 for a, b in zip(colour, target, strict=True))


def test_follow_up_report_names_every_form_with_status_and_marks_red(demo_store, tmp_path):
    out = reports.build(demo_store, "follow-up", tmp_path / "uppf.pdf", follow_up="2024-11-30")
    text = _text(out)
    assert len(FORM_ASSESSMENTS) == 15
    for name, (status, *_rest) in FORM_ASSESSMENTS.items():
        assert re.search(re.escape(name) + r"\s+" + re.escape(status) + r"\b", text), (name, status)
    assert re.search(r"Brott i nära relationer\s+röd\s+Strukturer ej på plats", text)
    reader = PdfReader(out)
    page = next(p for p in reader.pages if "Brott i nära relationer" in (p.extract_text() or "")
                and "Samverkansform" in (p.extract_text() or ""))
    assert any(_is(c, RED) for c in _fills(page)), "a red marker is drawn next to the red status"
    # the other sections are there
    for heading in ("Sammanfattning", "Resurser som garanteras", "Indikatorer",
                    "Andel som sett narkotikahandel i sitt bostadsområde", "Öppna och försenade åtgärder",
                    "Åtgärdsplan 2024"):
        assert heading in text


def test_a_green_only_report_has_no_red(store, tmp_path):
    from samverkan_desktop.core.follow_up import ops as follow_up_ops

    from .test_follow_up_core import make_agreement

    d = make_agreement(store)
    occ = follow_up_ops.add_follow_up(store, d["agreement"], due_date="2024-11-30").created("follow_up")[0]
    for form in d["forms"]:
        follow_up_ops.set_assessment(store, occ, "form", form, status="grön")
    follow_up_ops.set_assessment(store, occ, "resource", d["resource"], status="grön")
    out = reports.build(store, "follow-up", tmp_path / "g.pdf", follow_up=occ)
    assert not any(_is(c, RED) for p in PdfReader(out).pages for c in _fills(p))
    assert "röd" not in _text(out).replace("0 som röda", "").replace("0 röda", "")


def test_follow_up_report_unknown_date_is_a_clear_error(demo_store, tmp_path):
    with pytest.raises(NotFound, match="2030-01-01"):
        reports.build(demo_store, "follow-up", tmp_path / "x.pdf", follow_up="2030-01-01")
    assert not (tmp_path / "x.pdf").exists()


def test_action_plan_pdf_from_the_cli(demo_path, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["pdf", str(demo_path), "action-plan", "--agreement", "Samverkansöverenskommelse 2024-2026",
                 "--year", "2026", "-o", str(out)]) == 0
    text = _text(out)
    # Brå's columns, Problem first (the demo's problems stand under Problem, not Orsak)
    assert re.search(r"Problem\s+Orsak\s+Åtgärd\s+Operativa mål\s+När\s+Vem\s+Samverkansform\s+Uppföljning", text)
    assert re.search(r"Öppen\s+narkotikahandel vid\s+Vivalla centrum\s+Etablerad", text)
    assert "Örebro kommun – Åtgärdsplan 2026 (version 1, beslutad)" in text and "Riktade insatser av narkotikateamet" in text
    assert "Beslutad av Kommunstyrelsens trygghetsutskott, 2026-02-11, § 4, dnr KS 140/2026." in text


@pytest.mark.parametrize("paragraph", minutes.PARAGRAPHS, ids=lambda p: f"§{p['number']}")
def test_seed_paragraphs_come_back_in_a_protokollsutdrag(store, tmp_path, paragraph):
    enter_seed_minutes(store)
    out = reports.build(store, "paragraph", tmp_path / "utdrag.pdf", meeting="2023-10-11",
                        paragraph=paragraph["number"])
    text = _text(out)
    assert f"§ {paragraph['number']} " in text
    assert f"Ärendenummer: {paragraph['case_number']}" in text
    assert f"Handläggare: {paragraph['officer']}" in text
    assert "Kommunstyrelsens trygghetsutskott" in text and "Datum: 2023-10-11" in text
    for heading in ("Ärendebeskrivning", "Beslutsunderlag", "Förslag till beslut", "Beslut", "Utdrag ur protokoll"):
        assert heading in text
    assert "Susanne Lindholm Henningsson (KD), justerare" in text
    # one paragraph only: the neighbours' case numbers are not in this extract
    others = [p["case_number"] for p in minutes.PARAGRAPHS if p["number"] != paragraph["number"]]
    assert not any(f"Ärendenummer: {c}" in text for c in others)


def test_paragraph_cli_errors_are_one_line(demo_path, tmp_path, capsys):
    assert main(["pdf", str(demo_path), "paragraph", "--meeting", "2023-10-11", "--paragraph", "99",
                 "-o", str(tmp_path / "p.pdf")]) == 1
    assert "ingen § 99" in capsys.readouterr().err
