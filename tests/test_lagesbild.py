"""Lägesbild per kommun (Lag 2023:196 4 §): drawn from EST, edited, fastställd and frozen, printed."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from samverkan_desktop.cli import main
from samverkan_desktop.core.agreement.queries import resolve_agreement
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est.analysis import analyse
from samverkan_desktop.core.est.kommun import resolve_kommun
from samverkan_desktop.core.follow_up import lagesbild as L
from samverkan_desktop.core.follow_up import plans
from samverkan_desktop.core.periods import Period


def _text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.fixture
def kumla(demo_store):
    ag = resolve_agreement(demo_store, "lokalpolisområde Hallsberg")["uuid"]
    return ag, resolve_kommun(demo_store, ag, "Kumla")


def test_a_lagesbild_for_kumla_is_drawn_from_est_and_frozen_when_fastställd(demo_store, kumla):
    ag, k = kumla
    period = Period(2025)
    uuid = L.create(demo_store, ag, k.party_uuid, period).created("lagesbild")[0]
    row = L.find(demo_store, ag, k.party_uuid, period)
    assert row["uuid"] == uuid and row["status"] == "utkast"
    figures = L.figures(row)
    total = next(f for f in figures if f["label"] == "Registrerade händelser i EST")
    assert int(total["value"]) == analyse(demo_store, ag, period, kommun=k).totals[2025] > 0
    assert {f["label"] for f in figures if f["section"] == "Per område"} == {"Kumla centrum", "Kumla resecentrum"}
    assert "Kumla kommun" in row["mapping"] and total["value"] in row["mapping"]
    assert [p["area"] for p in L.problems(demo_store, uuid)] and \
        all(p["area"] in k.areas for p in L.problems(demo_store, uuid))
    with pytest.raises(ValidationError, match="redan"):
        L.create(demo_store, ag, k.party_uuid, period)

    figures[0]["note"] = "Rättad efter kontroll mot polisens statistik"
    L.update(demo_store, uuid, analysis="Ökningen hänger ihop med resecentrum.", figures=figures)
    assert L.figures(L.find(demo_store, ag, k.party_uuid, period))[0]["note"].startswith("Rättad")
    L.establish(demo_store, uuid, on="2026-02-23", by="Kommunstyrelsen i Kumla, § 28")
    for change in (lambda: L.update(demo_store, uuid, analysis="Annat"), lambda: L.refresh_figures(demo_store, uuid),
                   lambda: L.set_problem(demo_store, uuid, L.problems(demo_store, uuid)[0]["uuid"], False)):
        with pytest.raises(ValidationError, match="fastställdes 2026-02-23"):
            change()


def test_lagesbild_and_action_plan_for_kumla_from_the_demo(demo_path, demo_store, kumla, tmp_path):
    ag, k = kumla
    plan = plans.plan_for_year(demo_store, ag, k.party_uuid, 2026)
    ground = demo_store.get("lagesbild", plan["lagesbild_uuid"])
    assert (ground["period"], ground["status"]) == ("2026-T1", "fastställd")  # the plan rests on the lägesbild
    chosen = {p["uuid"] for p in L.problems(demo_store, ground["uuid"])}
    rows = L.plan_rows_for(demo_store, ground["uuid"])
    assert rows and {r["problem_uuid"] for r in rows} == chosen  # plan rows → problems → lägesbild

    out = tmp_path / "lagesbild.pdf"
    assert main(["pdf", str(demo_path), "lagesbild", "--kommun", "Kumla", "--period", "2026-T1", "-o", str(out)]) == 0
    text = _text(out)
    assert "Lägesbild T1 2026 (jan–apr) – Kumla kommun" in text
    assert "Fastställd 2026-05-18 av Kommunstyrelsen i Kumla, § 70." in text
    for heading in ("1. Kartläggning", "2. Omfattning och konsekvenser", "3. Annan relevant information",
                    "4. Analys", "5. Prioriterade problem"):
        assert heading in text
    assert "Kumla resecentrum" in text and "Laxå station" not in text and "Samzonen" not in text
    assert "Belysning och röjning" in text  # the plan's measure under its problem

    draft = tmp_path / "utkast.pdf"
    assert main(["pdf", str(demo_path), "lagesbild", "--kommun", "Laxå", "--year", "2026", "-o", str(draft)]) == 0
    assert "Utkast ur EST – lägesbilden är inte sparad eller fastställd." in _text(draft)


def test_lagesbild_needs_a_kommun(demo_path, tmp_path, capsys):
    assert main(["pdf", str(demo_path), "lagesbild", "--kommun", "Ingenstans", "--year", "2026",
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Ingenstans" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_the_editor_creates_edits_and_establishes(qtbot, demo_store, kumla, monkeypatch):
    def fail(_parent, _title, text, *_a, **_k):
        raise AssertionError(text)

    monkeypatch.setattr("samverkan_desktop.ui.context.QMessageBox.warning", fail)
    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.follow_up.tab import FollowUpTab
    from samverkan_desktop.ui.settings import Settings

    ag, k = kumla
    host = QWidget()
    qtbot.addWidget(host)
    ctx = AppContext(demo_store, Settings(), parent=host)
    ctx.select_agreement(ag)
    tab = FollowUpTab(ctx, host)
    tab.reload()
    tab.pages.setCurrentWidget(tab.lagesbild)
    page = tab.lagesbild
    page.set_kommun("Laxå kommun")
    page.year.setValue(2025)
    assert page.row is None and page.create_button.isEnabled()
    page.create()
    assert page.row["status"] == "utkast" and page.figures.rowCount() > 3
    page.editors["analysis"].setPlainText("Stationen är otrygg kvällstid.")
    page.editors["analysis"].document().setModified(True)
    page.year.setValue(2024)  # switching saves what was typed
    page.year.setValue(2025)
    assert page.editors["analysis"].toPlainText() == "Stationen är otrygg kvällstid."
    label = page.figures.index(0, page.figures.column_of("note"))
    assert page.figures.setData(label, "Kontrollerad")
    assert L.figures(page.row)[0]["note"] == "Kontrollerad"
    page.established_by.setText("Kommunstyrelsen i Laxå, § 12")
    page.established_on.setText("2026-03-02")
    page.establish()
    assert page.row["status"] == "fastställd" and page.editors["analysis"].isReadOnly()
    assert not page.save_button.isEnabled() and "Fastställd 2026-03-02" in page.state.text()
