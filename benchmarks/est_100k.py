"""EST with 100,000 incidents: import, the week query, the three-year analysis, the EST tab.

    QT_QPA_PLATFORM=offscreen python benchmarks/est_100k.py [--rows 100000] [--out benchmarks/results-est.md]

Builds the demo workspace, writes a CSV of ``--rows`` invented incidents and imports it through
the real import path (read_table → plan_import → apply_import, i.e. the bulk insert). Every
timing is reported as a RATIO against a baseline measured in the same run on the same file
(``SELECT count(*) FROM incident``), so the numbers compare across machines; absolute
milliseconds are printed too, for the record. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samverkan_desktop.core.demo import create_demo_workspace  # noqa: E402
from samverkan_desktop.core.demo.orebro import find_agreement  # noqa: E402
from samverkan_desktop.core.est import pack as est_queries_pack
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.est.analysis import analyse  # noqa: E402
from samverkan_desktop.core.est.areas import agreement_areas  # noqa: E402
from samverkan_desktop.core.est.bulk import insert_incidents  # noqa: E402
from samverkan_desktop.core.est.codelists import DEFAULT_CATEGORIES, DEFAULT_SOURCES  # noqa: E402
from samverkan_desktop.core.est.import_table import guess_mapping, read_table  # noqa: E402
from samverkan_desktop.core.est.importer import apply_import, plan_import  # noqa: E402
from samverkan_desktop.core.periods import IsoWeek, Period  # noqa: E402
from samverkan_desktop.core.store import records  # noqa: E402

SITE = "00000000-0000-4000-8000-0000000000be"
# The filtered list the EST tab shows: ids first (lazy rows), filtered and sorted in SQL.
FILTERED = """SELECT i.uuid FROM incident i
              WHERE i.agreement_uuid = ? AND i.deleted = 0 AND i.category_uuid = ?
                AND i.occurred_on BETWEEN ? AND ? AND i.description LIKE ?
              ORDER BY i.occurred_on DESC LIMIT 1000"""


def _n(number: int) -> str:
    """Thousands with a space, as Swedish writes them."""
    return f"{number:,}".replace(",", " ")


def timed(fn, repeat: int = 5) -> float:
    """Median wall time of ``fn()`` in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def write_csv(path: Path, rows: int, areas: list[str]) -> None:
    rng = random.Random(100_000)
    start = dt.date(2024, 1, 1)
    span = (dt.date(2026, 11, 22) - start).days
    words = ["Klotter på fasad", "Stökigt vid entré", "Krossad ruta", "Brand i container", "Ungdomar samlade"]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        f.write("Datum;Kategori;Område;Källa;Antal;Beskrivning\n")
        for _ in range(rows):
            day = start + dt.timedelta(days=rng.randrange(span))
            f.write(f"{day.isoformat()};{rng.choice(DEFAULT_CATEGORIES)};{rng.choice(areas)};"
                    f"{rng.choice(DEFAULT_SOURCES)};{rng.choice((1, 1, 1, 2, 3))};{rng.choice(words)}\n")


class _RollBack(Exception):
    pass


def insert_rate(store, agreement: str, category: str, n: int) -> tuple[float, float]:
    """Seconds for n rows through tx.insert and through the bulk path (each rolled back after)."""
    record = {"agreement_uuid": agreement, "occurred_on": "2026-03-02", "iso_year": 2026, "iso_week": 10,
              "category_uuid": category, "area_uuid": None, "source_uuid": None, "count": 1, "description": "x"}
    out = []
    for bulk in (False, True):
        try:
            with store.write("mätning") as tx:
                start = time.perf_counter()
                if bulk:
                    insert_incidents(tx, [dict(record) for _ in range(n)])
                else:
                    for _ in range(n):
                        tx.insert("incident", dict(record))
                out.append(time.perf_counter() - start)
                raise _RollBack  # measured; the rows are not kept
        except _RollBack:
            pass
    return out[0], out[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--out", default=str(Path(__file__).with_name("results-est.md")))
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="est100k-"))
    os.environ.setdefault("SAMVERKAN_DATA_DIR", str(tmp / "data"))
    store = create_demo_workspace(tmp / "est100k.sqlite", user="Bench", origin=SITE)
    ag = find_agreement(store)
    areas = [a.name for a in agreement_areas(store, ag) if a.level != "kommun"]
    csv_path = tmp / "händelser.csv"
    write_csv(csv_path, args.rows, areas)

    rows: list[tuple[str, float]] = []
    start = time.perf_counter()
    table = read_table(csv_path)
    t_read = time.perf_counter() - start
    start = time.perf_counter()
    plan = plan_import(store, ag, table, guess_mapping(table.headers))
    t_plan = time.perf_counter() - start
    start = time.perf_counter()
    imported = apply_import(store, plan)
    t_apply = time.perf_counter() - start
    assert not plan.invalid, plan.invalid[:3]
    total = store.scalar("SELECT count(*) FROM incident")
    category = store.scalar("SELECT uuid FROM code_item WHERE label = 'Klotter'")

    baseline = timed(lambda: store.scalar("SELECT count(*) FROM incident"), 9)
    week = IsoWeek(2026, 10)
    rows.append(("Veckans händelser (est.incidents_in_week)",
                 timed(lambda: est.incidents_in_week(store, ag, week.year, week.week))))
    rows.append(("Veckans antal per kategori och område mot förra veckan",
                 timed(lambda: (est_queries_pack.category_counts(store, ag, week),
                                est_queries_pack.area_counts(store, ag, week)))))
    rows.append(("Analys helår 2026 med 2024 och 2025", timed(lambda: analyse(store, ag, Period(2026)), 3)))
    rows.append(("Analys T2 2026 med samma tertial 2024 och 2025",
                 timed(lambda: analyse(store, ag, Period(2026, 2)), 3)))
    rows.append(("Filtrerad händelselista (kategori, datum, text; id:n först)",
                 timed(lambda: store.query(FILTERED, (ag, category, "2025-01-01", "2026-12-31", "%fasad%")))))

    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.est.tab import EstTab
    from samverkan_desktop.ui.settings import Settings

    holder = QWidget()
    ctx = AppContext(store, Settings(), parent=holder)
    ctx.agreement_uuid = ag

    def show_tab():
        tab = EstTab(ctx)
        tab.resize(1366, 800)
        navigator = getattr(tab, "navigator", None)
        if navigator is not None:  # the week tab opens on today's week: show one that has incidents
            navigator.set_week(week, emit=False)
        tab.show()
        tab.reload()
        app.processEvents()
        tab.close()
        tab.deleteLater()

    rows.append((f"EST-fliken: skapa + visa + ladda ({week})", timed(show_tab, 3)))
    sample = min(10_000, args.rows)
    t_tx, t_bulk = insert_rate(store, ag, category, sample)
    start = time.perf_counter()
    undo_changes = records.undo(store, imported)  # what Ctrl+Z runs (ui/undo.py, in the background)
    t_undo = time.perf_counter() - start
    assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == total - args.rows
    ctx.tasks.wait()
    store.close()

    lines = [f"# EST benchmark ({_n(args.rows)} imported incidents, {_n(total)} in the file)",
             "",
             f"Run {dt.datetime.now().isoformat(timespec='seconds')}, Python {sys.version.split()[0]}. "
             f"Baseline: `SELECT count(*) FROM incident` = {baseline * 1000:.2f} ms (median).",
             "Ratios are what to compare between runs and machines; ms are for the record.",
             "",
             "| measure | × baseline | ms |",
             "| --- | ---: | ---: |"]
    for name, seconds in rows:
        lines.append(f"| {name} | {seconds / baseline:.1f} | {seconds * 1000:.1f} |")
    lines += ["",
              "## Import",
              "",
              "| step | × baseline | s |",
              "| --- | ---: | ---: |",
              f"| read_table (CSV, {args.rows} rows) | {t_read / baseline:.0f} | {t_read:.2f} |",
              f"| plan_import | {t_plan / baseline:.0f} | {t_plan:.2f} |",
              f"| apply_import (one transaction, bulk path) | {t_apply / baseline:.0f} | {t_apply:.2f} |",
              f"| undo of the whole import (records.undo, {len(undo_changes.edits)} tombstones) "
              f"| {t_undo / baseline:.0f} | {t_undo:.2f} |",
              "",
              f"Insert path for {sample} rows in one transaction: tx.insert per row {t_tx:.2f} s, "
              f"bulk path {t_bulk:.2f} s (bulk is {t_tx / t_bulk:.1f}× faster).",
              "",
              "## Notes",
              "",
              "- Indexes (db/schema.sql, EST section): `incident_week (agreement_uuid, iso_year, iso_week, "
              "occurred_on, deleted, count)` serves the week list, week totals and week counts; "
              "`incident_date (agreement_uuid, occurred_on, deleted, category_uuid, area_uuid, source_uuid, "
              "iso_year, iso_week, count)` covers the period analysis. tests/test_est_indexes.py checks the plans.",
              "- The EST tab row measures whatever ui/tabs/est.py is on the branch the script runs on.",
              "- Undo of a big import takes records' bulk path (delete_many) and, above 2,000 edits, runs "
              "off the UI thread with a progress dialog (ui/undo.py); benchmarks/results-undo.md compares it "
              "with the per-row path.",
              ""]
    text = "\n".join(lines)
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
