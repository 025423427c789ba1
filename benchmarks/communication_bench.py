"""Communication plan: how listing, ICS and PDF scale with the number of activities.

Run: ``python benchmarks/communication_bench.py``. Prints each step's time for a small plan (the
baseline, measured in the same run) and a large one, and the ratio per activity; ~1 means linear.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samverkan_desktop.core import reports  # noqa: E402
from samverkan_desktop.core.communication import (
    ics,
    ops,  # noqa: E402
)
from samverkan_desktop.core.communication import queries as comm  # noqa: E402
from samverkan_desktop.core.store.database import Store  # noqa: E402

SMALL, LARGE = 20, 600
CHANNELS = ("press", "webb", "sociala medier", "möte", "dialog")


def _plan(folder: Path, n: int) -> tuple[Store, str]:
    store = Store.create(folder / f"bench{n}.sqlite", user="B", origin="00000000-0000-4000-8000-0000000000b0")
    with store.write("Bänk") as tx:
        ag = tx.insert("agreement", {"title": f"Bänk {n}", "period_from": "2026-01-01", "period_to": "2026-12-31"})
        plan = tx.insert("communication_plan", {"agreement_uuid": ag, "year": 2026, "purpose": "Bänk"},
                         uuid=comm.plan_uuid(ag, 2026))
        for i in range(n):
            tx.insert("communication_activity", {
                "plan_uuid": plan, "title": f"Aktivitet {i}", "message": "Budskap " * 8,
                "channel": CHANNELS[i % 5], "planned_date": f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                "status": ("planerad", "pågår", "genomförd", "inställd")[i % 4]})
    return store, ag


def _time(fn) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _measure(folder: Path, n: int) -> dict[str, float]:
    store, ag = _plan(folder, n)
    try:
        plan = comm.plan_uuid(ag, 2026)
        first = comm.list_activities(store, plan)[0]["uuid"]
        return {
            "list_activities": _time(lambda: comm.list_activities(store, plan)),
            "move_activity": _time(lambda: ops.move_activity(store, first, 6)),
            "ics": _time(lambda: ics.write_plan_ics(store, ag, 2026, folder / "p.ics")),
            "pdf": _time(lambda: reports.build(store, "communication-plan", folder / "p.pdf", agreement=ag, year=2026)),
        }
    finally:
        store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = {n: _measure(folder, n) for n in (SMALL, LARGE)}
        scale = LARGE / SMALL
        print(f"{'step':<16}{SMALL:>8} act.{LARGE:>8} act.  ratio/activity")
        for step in results[SMALL]:
            a, b = results[SMALL][step], results[LARGE][step]
            print(f"{step:<16}{a * 1000:>9.1f}ms{b * 1000:>9.1f}ms  {b / a / scale:>6.2f}")


if __name__ == "__main__":
    main()
