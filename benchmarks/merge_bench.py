"""Merging a received 100k-incident file with 50,000 changed rows, against SQLite itself.

    python benchmarks/merge_bench.py [--rounds N]      # prints the table (docs/exchange.md)

* program: ``samverkan merge`` of ``received-50k.sqlite`` (generate.py) into a fresh copy of
  ``ws-100k`` — read and check the file, verified backup, merge in one transaction;
* baseline: the sqlite3 shell on a fresh copy, ``ATTACH`` the received file and
  ``INSERT OR REPLACE INTO incident SELECT … WHERE uuid IN (the 50,000 changed rows)``;
* re-merge: the same ``samverkan merge`` again on the merged copy (nothing new), against the
  first merge;
* peak memory of the merge process (ru_maxrss), against a 200 MB budget.

Targets (issue 11): merge ≤ 3× the baseline, re-merge ≤ 0.2× the merge, peak ≤ 200 MB.
``benchmark_rows(gen)`` hands the same rows to benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable


def _changed_uuids_sql() -> str:
    # The rows the sender changed: those whose clock differs from the unchanged workspace's.
    return ("SELECT r.uuid FROM r.incident r JOIN main.incident m USING (uuid) WHERE r.clock <> m.clock")


def baseline_argv(target: Path, received: Path) -> list[str]:
    sql = (f"ATTACH '{received}' AS r; CREATE TEMP TABLE changed AS {_changed_uuids_sql()}; "
           "BEGIN; INSERT OR REPLACE INTO main.incident SELECT * FROM r.incident "
           "WHERE uuid IN (SELECT uuid FROM temp.changed); COMMIT;")
    return ["sqlite3", str(target), sql]


def program_argv(target: Path, received: Path) -> list[str]:
    return [PY, str(Path(__file__).resolve()), "--child", str(target), str(received)]


def _child(target: str, received: str) -> int:
    """Run ``samverkan merge`` in this process and print its peak memory (for run.py's rss)."""
    sys.path.insert(0, str(ROOT))
    from samverkan_desktop.cli import main

    code = main(["--user", "Bänk", "merge", target, received])
    print(f"rss_kib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    return code


def _fresh_copy(source: Path, target: Path) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        Path(str(target) + side).unlink(missing_ok=True)
    shutil.rmtree(target.with_name(f"{target.stem}-säkerhetskopior"), ignore_errors=True)
    shutil.copyfile(source, target)


def _timed(argv: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, env=os.environ.copy())
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{argv[:3]}… failed: {result.stderr.strip()[:300]}")
    rss = next((int(line.split("=", 1)[1]) for line in result.stdout.splitlines()
                if line.startswith("rss_kib=")), 0)
    return elapsed, rss


def measure(rounds: int) -> dict:
    sys.path.insert(0, str(HERE))
    import generate

    ws, received = generate.workspace("100k"), generate.received()
    # As installed (pip compiles the package; run.py does the same): no run pays for compiling.
    compileall.compile_dir(str(ROOT / "samverkan_desktop"), quiet=1)
    out: dict[str, list] = {"baseline": [], "merge": [], "remerge": [], "rss": []}
    with tempfile.TemporaryDirectory(dir=HERE / ".cache") as folder:
        os.environ.setdefault("SAMVERKAN_DATA_DIR", str(Path(folder) / "data"))
        target = Path(folder) / "merge.sqlite"
        for _ in range(rounds):
            _fresh_copy(ws, target)
            out["baseline"].append(_timed(baseline_argv(target, received))[0])
            _fresh_copy(ws, target)
            elapsed, rss = _timed(program_argv(target, received))
            out["merge"].append(elapsed)
            out["rss"].append(rss / 1024)
            out["remerge"].append(_timed(program_argv(target, received))[0])
    return {k: statistics.median(v) for k, v in out.items()}


def table(m: dict) -> str:
    rows = [
        ("merge 50,000 changed of 100k incidents", f"{m['merge']:.2f} s", f"{m['baseline']:.2f} s",
         f"{m['merge'] / m['baseline']:.1f}×", "≤ 3×"),
        ("merging the same file again", f"{m['remerge']:.2f} s", f"{m['merge']:.2f} s (first merge)",
         f"{m['remerge'] / m['merge']:.2f}×", "≤ 0.2×"),
        ("peak memory of the merge process", f"{m['rss']:.0f} MB", "—", "—", "≤ 200 MB"),
    ]
    lines = ["| what | samverkan | baseline | ratio | target |", "| --- | ---: | ---: | ---: | --- |"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join(lines)


def benchmark_rows(gen):
    """Rows for benchmarks/run.py: the merge against INSERT OR REPLACE, its memory, a re-merge."""
    main_module = sys.modules.get("__main__")
    run = main_module if hasattr(main_module, "Row") else __import__("run")  # benchmarks/run.py

    work = Path(tempfile.mkdtemp(dir=gen.cache_dir()))
    base, prog = work / "baseline.sqlite", work / "program.sqlite"

    def prepare(side: str) -> None:
        _fresh_copy(gen.workspace("100k"), base if side == "baseline" else prog)

    def prepare_remerge(side: str) -> None:
        _fresh_copy(gen.workspace("100k"), prog)
        if side == "program":  # the first merge, untimed: the timed one then finds nothing new
            _timed(program_argv(prog, gen.received()))

    return [
        run.Row("`samverkan merge` of 50,000 changed of 100k incidents", "sqlite3 INSERT OR REPLACE … SELECT", 3,
                program=lambda: program_argv(prog, gen.received()),
                baseline=lambda: baseline_argv(base, gen.received()), prepare=prepare, rounds=3),
        run.Row("peak memory of that merge", "budget", 200, metric="rss", unit="MB", rounds=1,
                program=lambda: program_argv(prog, gen.received()),
                baseline=[PY, "-c", "print('rss_kib=0')"], prepare=prepare),
        run.Row("merging the same file again vs the first merge", "the first merge", 0.2, rounds=3,
                program=lambda: program_argv(prog, gen.received()),
                baseline=lambda: program_argv(prog, gen.received()),
                prepare=lambda side: prepare_remerge(side) if side == "program" else prepare("program")),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="merge benchmark (issue 11)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("WORKSPACE", "RECEIVED"))
    args = parser.parse_args(argv)
    if args.child:
        return _child(*args.child)
    print(table(measure(args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
