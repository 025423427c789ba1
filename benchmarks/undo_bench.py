"""Undo and redo of a big import: the per-row path against the bulk path, in the same run.

    python benchmarks/undo_bench.py [--rows 20000] [--repeat 3] [--out benchmarks/results-undo.md]

Builds a workspace with one agreement, imports ``--rows`` incidents in one transaction (the bulk
insert apply_import uses, i.e. one undo step), copies the file, and then undoes and redoes that
step on one copy through ``tx.delete/restore`` per row (``bulk=False``) and on the other through
``delete_many/restore_many``. The numbers that matter are the ratios per-row / bulk measured in
this run; seconds are printed for the record. The result is appended to ``--out`` under its own
heading. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samverkan_desktop.core.est.bulk import insert_incidents  # noqa: E402
from samverkan_desktop.core.store import records, replay  # noqa: E402
from samverkan_desktop.core.store.database import Store  # noqa: E402

SITE = "00000000-0000-4000-8000-0000000000be"


def build(path: Path, rows: int) -> records.OpChanges:
    store = Store.create(path, user="Bench", origin=SITE)
    with store.write("Ny överenskommelse") as tx:
        agreement = tx.insert("agreement", {"title": "Mätning", "period_from": "2024-01-01",
                                            "period_to": "2026-12-31"})
    words = ["Klotter på fasad", "Stökigt vid entré", "Krossad ruta", "Brand i container"]
    records_ = [{"agreement_uuid": agreement, "occurred_on": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
                 "iso_year": 2026, "iso_week": 1 + i % 52, "category_uuid": None, "area_uuid": None,
                 "source_uuid": None, "count": 1 + i % 3, "description": words[i % 4]} for i in range(rows)]
    with store.write("Importera händelser") as tx:
        insert_incidents(tx, records_)
    store.close()
    return tx.changes


def measure(path: Path, changes: records.OpChanges, bulk: bool, repeat: int, *,
            cache_kib: int = replay.BULK_CACHE_KIB) -> tuple[float, float]:
    """Median seconds of replay.undo and replay.redo of ``changes`` on the workspace at ``path``."""
    replay.BULK_CACHE_KIB = cache_kib
    store = Store.open(path, user="Bench", origin=SITE, make_backup=False)
    undo_t, redo_t = [], []
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            undone = replay.undo(store, changes, bulk=bulk)
            undo_t.append(time.perf_counter() - start)
            assert len(undone.edits) == len(changes.edits)
            assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == 0
            start = time.perf_counter()
            replay.redo(store, changes, bulk=bulk)
            redo_t.append(time.perf_counter() - start)
            assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == len(changes.edits)
    finally:
        store.close()
    return statistics.median(undo_t), statistics.median(redo_t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=str(Path(__file__).with_name("results-undo.md")))
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="undo-bench-"))
    per_row_path = tmp / "per_row.sqlite"
    changes = build(per_row_path, args.rows)
    bulk_path = tmp / "bulk.sqlite"
    shutil.copy2(per_row_path, bulk_path)
    plain_path = tmp / "bulk_default_cache.sqlite"
    shutil.copy2(per_row_path, plain_path)
    cache = replay.BULK_CACHE_KIB
    row_undo, row_redo = measure(per_row_path, changes, False, args.repeat)
    plain_undo, plain_redo = measure(plain_path, changes, True, args.repeat, cache_kib=0)
    bulk_undo, bulk_redo = measure(bulk_path, changes, True, args.repeat, cache_kib=cache)
    shutil.rmtree(tmp, ignore_errors=True)

    n = f"{args.rows:,}".replace(",", " ")
    lines = ["",
             f"# Undo/redo of an import of {n} incidents (benchmarks/undo_bench.py)",
             "",
             f"Run {dt.datetime.now().isoformat(timespec='seconds')}, Python {sys.version.split()[0]}, "
             f"median of {args.repeat}. replay.undo/redo of one OpChanges of {n} inserts; per row = "
             "tx.delete/restore per row (`bulk=False`), bulk = delete_many/restore_many "
             f"(runs of more than {replay.BULK_MIN} edits). The ratio is what to compare.",
             "",
             f"\"bulk, 2 MB cache\" is the bulk path without the {cache // 1024} MB page cache it "
             "takes for the write (replay.BULK_CACHE_KIB), to show what each part gives.",
             "",
             "| step | per row s | bulk, 2 MB cache s | bulk s | per row / bulk, 2 MB cache "
             "| per row / bulk |",
             "| --- | ---: | ---: | ---: | ---: | ---: |",
             f"| undo (tombstone {n} rows) | {row_undo:.2f} | {plain_undo:.2f} | {bulk_undo:.2f} "
             f"| {row_undo / plain_undo:.1f}× | {row_undo / bulk_undo:.1f}× |",
             f"| redo (restore {n} rows) | {row_redo:.2f} | {plain_redo:.2f} | {bulk_redo:.2f} "
             f"| {row_redo / plain_redo:.1f}× | {row_redo / bulk_redo:.1f}× |",
             ""]
    text = "\n".join(lines)
    print(text)
    with Path(args.out).open("w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
