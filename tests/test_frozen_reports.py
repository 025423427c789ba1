"""Fastställ rapport: the committee's copy reprints byte for byte after later edits, travels by
exchange and reprints identically there, is never edited, and a deleted one is gone (issue 13)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.core.errors import HostileFile, NotFound, SamverkanError, ValidationError
from samverkan_desktop.core.exchange import admin, export, receive
from samverkan_desktop.core.follow_up import indicators
from samverkan_desktop.core.follow_up import ops as follow_up_ops
from samverkan_desktop.core.follow_up import queries as fu
from samverkan_desktop.core.reports import frozen
from samverkan_desktop.core.store.database import Store

from .exchange_util import copies, seed, send

DAY = "2024-11-30"


def _edit_everything_the_report_shows(store: Store) -> None:
    occasion = fu.resolve_follow_up(store, DAY)
    row = next(r for r in fu.assessment_rows(store, occasion["uuid"]) if r["target_kind"] == "form")
    follow_up_ops.set_assessment(store, occasion["uuid"], "form", row["target_uuid"], status="röd",
                                 comment="Ändrad efter fastställandet.")
    follow_up_ops.update_follow_up(store, occasion["uuid"], summary="En helt ny sammanfattning.")
    ind = indicators.list_indicators(store, occasion["agreement_uuid"])[0]
    indicators.set_value(store, ind["uuid"], None, "2024", 99.0)


def test_a_frozen_report_reprints_byte_identical_after_later_edits(demo_store, tmp_path):
    changes = frozen.freeze_report(demo_store, "follow-up", follow_up=DAY)
    uuid = changes.created("frozen_report")[0]
    stored = frozen.pdf_bytes(demo_store, uuid)
    assert stored.startswith(b"%PDF-")
    [report] = frozen.list_frozen(demo_store)
    assert (report.kind, report.title, report.parameters) == ("follow-up", "Deluppföljning november 2024",
                                                             {"follow_up": DAY})
    assert report.report_date == "2024-11-27" and report.frozen_by == "TS" and report.size == len(stored)
    _edit_everything_the_report_shows(demo_store)
    fresh = frozen.render(demo_store, "follow-up", {"follow_up": DAY})
    assert fresh != stored  # the edits do show in a new print …
    out = frozen.write_pdf(demo_store, uuid, tmp_path / "igen.pdf")
    assert out.read_bytes() == stored  # … but not in the frozen one


def test_a_frozen_report_travels_and_reprints_identically(tmp_path):
    stores, ids = copies(tmp_path)
    a, b = stores["A"], stores["B"]
    try:
        occasion = follow_up_ops.add_follow_up(a, ids["agreement"], due_date=DAY).created("follow_up")[0]
        follow_up_ops.set_assessment(a, occasion, "form", ids["form"], status="gul", comment="Startar.")
        uuid = frozen.freeze_report(a, "follow-up", follow_up=occasion).created("frozen_report")[0]
        stored = frozen.pdf_bytes(a, uuid)
        assert send(a, b, tmp_path).preview.total("new") >= 3
        [report] = frozen.list_frozen(b)
        assert report.uuid == uuid and report.frozen_by == "Samordnare A" and report.report_date == DAY
        follow_up_ops.set_assessment(b, occasion, "form", ids["form"], status="röd", comment="Ändrad hos B.")
        assert frozen.write_pdf(b, uuid, tmp_path / "b.pdf").read_bytes() == stored
        # and back again: the frozen row is unchanged, only the assessment travels
        assert send(b, a, tmp_path).preview.total("changed") == 1
        assert frozen.pdf_bytes(a, uuid) == stored
    finally:
        a.close()
        b.close()


def test_a_frozen_report_is_not_edited_and_a_deleted_one_is_gone(demo_store):
    uuid = frozen.freeze_report(demo_store, "follow-up", follow_up=DAY).created("frozen_report")[0]
    with pytest.raises(ValidationError, match="kan inte ändras"):
        admin.set_fields(demo_store, "frozen_report", uuid, ["title=Annan"])
    frozen.delete_frozen(demo_store, uuid)
    row = demo_store.get("frozen_report", uuid)
    assert row["deleted"] == 1 and row["pdf"] is None and row["title"] == "" and row["parameters"] == "{}"
    assert frozen.list_frozen(demo_store) == []
    with pytest.raises(NotFound):
        frozen.pdf_bytes(demo_store, uuid)
    with pytest.raises(ValidationError, match="borta"):
        admin.restore_record(demo_store, "frozen_report", uuid)


def _exported_with(tmp_path, change: str) -> object:
    store, ids = seed(tmp_path / "liten.sqlite")
    frozen.store_frozen(store, "resources", {"agreement": ids["agreement"]}, b"%PDF-1.4 liten", title="Resurser",
                        agreement_uuid=ids["agreement"], report_date=dt.date(2024, 11, 30))
    out = tmp_path / "ut.sqlite"
    export.export_workspace(store, out, exporter_name="TS", organisation="Test")
    store.close()
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # a forged file need not keep our CHECKs
    conn.execute(change)
    conn.commit()
    conn.close()
    return out


@pytest.mark.parametrize("change, why", [
    ("UPDATE frozen_report SET pdf = CAST('not a pdf' AS BLOB)", "ingen hel PDF"),
    ("UPDATE frozen_report SET pdf = zeroblob(20971521)", "för stort|CHECK"),
    ("UPDATE frozen_report SET title = CAST('x' AS BLOB)", "binärdata"),
])
def test_a_received_frozen_report_is_checked(tmp_path, change, why):
    out = _exported_with(tmp_path, change)
    with pytest.raises(HostileFile, match=why):
        receive.read_received(out)


def test_freeze_and_reprint_from_the_cli(demo_path, tmp_path, capsys):
    first = tmp_path / "uppf.pdf"
    assert main(["pdf", str(demo_path), "follow-up", "--follow-up", DAY, "-o", str(first), "--freeze"]) == 0
    said = capsys.readouterr().out
    assert "Fastställde" in said
    assert main(["reports", str(demo_path)]) == 0
    listing = capsys.readouterr().out
    assert "Deluppföljning november 2024" in listing and "2024-11-27" in listing
    short = listing.split()[0]
    again = tmp_path / "igen.pdf"
    assert main(["reports", str(demo_path), short, "-o", str(again)]) == 0
    assert again.read_bytes() == first.read_bytes()
    assert main(["reports", str(demo_path), "ffff", "-o", str(again)]) == 1
    assert "Ingen fastställd rapport" in capsys.readouterr().err
    assert main(["reports", str(demo_path), short, "--delete"]) == 0
    assert main(["reports", str(demo_path)]) == 0
    assert "Inga fastställda rapporter" in capsys.readouterr().out


def test_an_unknown_kind_is_refused(demo_store):
    with pytest.raises(SamverkanError, match="Okänd rapportsort"):
        frozen.freeze_report(demo_store, "nonsense")
