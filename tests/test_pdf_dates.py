"""Dates and weeks never break inside in a PDF table (issue: "2026-11-" / "30" in narrow columns).

Every report kind is built from the demo with a hostile narrow layout: every table column is given
half its width, the rest going to the widest column. A date ("2026-11-30") or week
("2026-v48", "2026-W48") must still stand whole on one line: :func:`core.pdf.tables.table` widens a
column to its longest such token, taking the room from the columns that have some to spare.
"""

from __future__ import annotations

import re
import sys

import pytest
from pypdf import PdfReader

from samverkan_desktop.core import reports
from samverkan_desktop.core.pdf import tables
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A
from .test_pdf_hostile import KINDS

# A date or a week read back across a line end anywhere inside it ("2026-11-" / "30", "2026" / "-12-0" / "9").
SPLIT = re.compile(r"(?<![\d-])2\n?0\n?\d\n?\d\n?-\n?(?:[01]\n?\d\n?-\n?[0-3]\n?\d|[vW]\n?[0-5]\n?\d)(?!\d)")
DATE = re.compile(r"\d{4}-(?:\d{2}-\d{2}|[vW]\d{2})")
ORIGINAL = tables.table


def hostile(rows, widths, **options):
    """The same table with every column cut to half (not under 20 pt: cell padding takes 12); the
    widest column takes what they lost."""
    narrow = [max(w / 2, min(w, 20)) for w in widths]
    widest = max(range(len(widths)), key=lambda i: widths[i])
    narrow[widest] += sum(widths) - sum(narrow)
    return ORIGINAL(rows, narrow, **options)


@pytest.fixture
def narrow_layout(monkeypatch):
    for name, module in list(sys.modules.items()):
        if name.startswith("samverkan_desktop.core") and getattr(module, "table", None) is ORIGINAL:
            monkeypatch.setattr(module, "table", hostile)


def test_no_date_breaks_inside_in_any_kind(demo_path, tmp_path, narrow_layout):
    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    try:
        ids = {"orebro": store.scalar("SELECT uuid FROM agreement WHERE title NOT LIKE '%Hallsberg%'"),
               "hallsberg": store.scalar("SELECT uuid FROM agreement WHERE title LIKE '%Hallsberg%'")}
        broken, dates = [], 0
        for i, (kind, options) in enumerate([*KINDS, ("follow-up", {"follow_up": "2026-12-09"})]):
            options = {k: ids.get(v, v) if k == "agreement" else v for k, v in options.items()}
            pdf = reports.build(store, kind, tmp_path / f"{i}-{kind}.pdf", **options)
            for n, page in enumerate(PdfReader(pdf).pages):
                text = "\n".join(line.strip() for line in page.extract_text().splitlines())
                dates += len(DATE.findall(text))
                broken += [(kind, n + 1, m.group()) for m in SPLIT.finditer(text) if "\n" in m.group()]
                # the issue's own words: no line ends inside a date
                assert not re.search(r"(?m)\b\d{4}-(\d{2}-)?$", text), (kind, n + 1)
    finally:
        store.close()
    assert broken == []
    assert dates > 100  # the check saw dates and weeks, not empty tables


def test_a_date_column_takes_its_room_from_the_columns_that_have_some(tmp_path):
    widths = tables.date_widths([["2026-11-30", "Lång text om åtgärden", "3"]], [30.0, 200.0, 30.0])
    assert widths[0] >= 61 and sum(widths) == pytest.approx(260.0) and widths[2] >= tables.DONOR_FLOOR
    assert widths[1] < 200 - 25  # the text column gave most of it
    assert tables.date_widths([["v. 48", "text"]], [20.0, 100.0]) == [20.0, 100.0]  # nothing to widen
