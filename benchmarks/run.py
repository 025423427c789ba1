"""The benchmark runner: every row of issue 14's table, as whole processes, against its baseline.

    python benchmarks/run.py [--rounds N] [--quick] [--only WORD] [--no-readme]

Each row runs a baseline command and the program's command as separate processes, alternating
(baseline, program, baseline, program, …) for several rounds, and reports the medians, their
ratio, the target and whether it holds. Inputs come from generate.py (cached under
``benchmarks/.cache/``). The package is byte-compiled first, as a wheel install would be. The
table, the machine and the command are written to ``benchmarks/README.md`` (unless --no-readme
or --only). Nothing here asserts: a target that does not hold is reported, not raised.

Another module can add rows: ``benchmarks/<name>.py`` defining ``benchmark_rows(gen)`` that
returns a list of :class:`Row` (``gen`` is the generate module, for its cached inputs) is picked
up by :func:`extra_rows`.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import importlib
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402

PY = sys.executable
CLI = [PY, "-m", "samverkan_desktop.cli"]
PROBE = [PY, str(HERE / "start_probe.py")]
AGREEMENT = ["--agreement", "Samverkansöverenskommelse 2024"]  # the demo's Örebro agreement


@dataclass
class Row:
    """One line of the table.

    ``baseline`` and ``program`` are argv lists (or callables returning one, called per round);
    ``prepare`` runs untimed before each process. ``metric`` is ``"time"`` (wall seconds of the
    process; the ratio program/baseline is held against ``target``), ``"rss"`` (peak memory printed
    by the process as ``rss_kib=…``; the difference in MB is held against ``target``) or
    ``"value"`` (``value()`` returns (number, text); held against ``target`` as an upper bound).
    """

    title: str
    baseline_title: str
    target: float
    program: list[str] | Callable[[], list[str]] | None = None
    baseline: list[str] | Callable[[], list[str]] | None = None
    metric: str = "time"
    prepare: Callable[[str], None] | None = None  # called with "baseline" or "program"
    rounds: int = 5
    value: Callable[[], tuple[float, str]] | None = None
    unit: str = "s"
    results: dict = field(default_factory=dict)


def _argv(spec) -> list[str]:
    return spec() if callable(spec) else list(spec)


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int | None]:
    """Wall seconds of one process and the rss_kib it printed (if any); a failure stops the run."""
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"run.py: {' '.join(argv)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    rss = None
    for line in proc.stdout.splitlines():
        if line.startswith("rss_kib="):
            rss = int(line.split("=", 1)[1])
    return elapsed, rss


def measure(row: Row, env: dict[str, str], rounds: int) -> None:
    if row.metric == "value":
        number, text = row.value()
        row.results = {"program": number, "text": text, "holds": number <= row.target}
        return
    samples: dict[str, list[float]] = {"baseline": [], "program": []}
    for _ in range(rounds):
        for side in ("baseline", "program"):
            if row.prepare:
                row.prepare(side)
            elapsed, rss = run_once(_argv(getattr(row, side)), env)
            samples[side].append(elapsed if row.metric == "time" else (rss or 0) / 1024)
    base, prog = statistics.median(samples["baseline"]), statistics.median(samples["program"])
    if row.metric == "time":
        ratio = prog / base
        row.results = {"baseline": base, "program": prog, "ratio": ratio, "holds": ratio <= row.target,
                       "text": f"{ratio:.2f}×"}
    else:
        delta = prog - base
        row.results = {"baseline": base, "program": prog, "ratio": delta, "holds": delta <= row.target,
                       "text": f"+{delta:.0f} MB"}


# -- the rows --------------------------------------------------------------------------------

def _fresh(path: Path) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + side).unlink(missing_ok=True)


def bytes_per_incident() -> tuple[float, str]:
    """Marginal file size of an incident: (1M file − 10k file) / (1M − 10k incidents), with the
    share of the audit table (dbstat) in the 1M file."""
    small, big = generate.workspace("10k"), generate.workspace("1m")
    size = (big.stat().st_size - small.stat().st_size) / (generate.SIZES["1m"] - generate.SIZES["10k"])
    conn = sqlite3.connect(f"file:{big}?mode=ro", uri=True)
    try:
        audit = conn.execute("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'audit%'").fetchone()[0]
    except sqlite3.OperationalError:  # SQLite built without dbstat
        audit = None
    finally:
        conn.close()
    share = f", audit {100 * audit / big.stat().st_size:.0f} %" if audit is not None else ""
    return size / 1024, f"{size / 1024:.2f} KB{share}"


def core_rows(work: Path) -> list[Row]:
    def ws(size: str) -> str:  # built on first use, so --only builds only what its rows need
        return str(generate.workspace(size))

    export_out, vacuum_out = work / "export.sqlite", work / "vacuum.sqlite"
    import_ws, import_db = work / "import.sqlite", work / "import-baseline.sqlite"

    def prepare_export(side: str) -> None:
        _fresh(export_out)
        _fresh(vacuum_out)

    def prepare_import(side: str) -> None:
        _fresh(import_db)
        if side == "program":
            _fresh(import_ws)
            shutil.copyfile(ws("10k"), import_ws)

    pdf_out = work / "tertial.pdf"
    return [
        Row("GUI start to first paint, 100k-incident workspace", "bare PySide6 QMainWindow", 1.5,
            program=lambda: [*PROBE, "app", ws("100k")], baseline=[*PROBE, "bare"], rounds=7),
        Row("peak memory of that start", "bare PySide6 QMainWindow", 80,
            program=lambda: [*PROBE, "app", ws("100k")], baseline=[*PROBE, "bare"], metric="rss", rounds=3,
            unit="MB"),
        Row("start on 1M incidents vs on 10k", "start on the 10k workspace", 1.2,
            program=lambda: [*PROBE, "app", ws("1m")], baseline=lambda: [*PROBE, "app", ws("10k")], rounds=7),
        Row("`samverkan export` of the 100k workspace", "sqlite3 `VACUUM INTO`", 1.5,
            program=lambda: [*CLI, "export", ws("100k"), str(export_out)],
            baseline=lambda: ["sqlite3", ws("100k"), f"VACUUM INTO '{vacuum_out}'"], prepare=prepare_export),
        Row("`samverkan import-incidents` of a 100k-row CSV", "sqlite3 `.import`", 8,
            program=lambda: [*CLI, "import-incidents", str(import_ws), str(generate.incidents_csv()),
                             "--create-missing", *AGREEMENT],
            baseline=lambda: ["sqlite3", str(import_db), "-cmd", ".mode csv", "-cmd", ".separator ;",
                              f".import '{generate.incidents_csv()}' incident"], prepare=prepare_import),
        Row("tertial PDF, 10 years vs 1 year", "the same PDF on one year of data", 1.3,
            program=lambda: [*CLI, "pdf", ws("100k"), "tertial", "--period", "2026-T2", *AGREEMENT, "-o", str(pdf_out)],
            baseline=lambda: [*CLI, "pdf", ws("1y"), "tertial", "--period", "2026-T2", *AGREEMENT, "-o", str(pdf_out)]),
        Row("file size per incident", "—", 0.6, metric="value", value=bytes_per_incident, unit="KB"),
    ]


def extra_rows() -> list[Row]:
    """Rows from other modules in benchmarks/ that define ``benchmark_rows(gen)``."""
    rows: list[Row] = []
    for path in sorted(HERE.glob("*.py")):
        if path.stem in ("run", "generate", "start_probe"):
            continue
        text = path.read_text(encoding="utf-8")
        if "def benchmark_rows(" not in text:
            continue
        rows.extend(importlib.import_module(path.stem).benchmark_rows(generate))
    return rows


# -- reporting --------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        memory = f", {mem:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        memory = ""
    import PySide6
    from PySide6.QtCore import qVersion
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"PySide6 {PySide6.__version__} (Qt {qVersion()})")


def _fmt(row: Row, key: str) -> str:
    value = row.results.get(key)
    if value is None:
        return "—"
    return f"{value:.3f} s" if row.metric == "time" else f"{value:.0f} MiB"


def table(rows: list[Row]) -> str:
    lines = ["| measure | baseline | baseline median | program median | ratio | target | holds |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        target = {"time": f"≤ {row.target:g}×", "rss": f"≤ +{row.target:g} MB",
                  "value": f"≤ {row.target:g} {row.unit}"}[row.metric]
        program = _fmt(row, "program") if row.metric != "value" else row.results["text"]
        ratio = row.results["text"] if row.metric != "value" else "—"
        lines.append(f"| {row.title} | {row.baseline_title} | {_fmt(row, 'baseline')} | {program} | "
                     f"{ratio} | {target} | {'yes' if row.results['holds'] else '**no**'} |")
    return "\n".join(lines)


README_HEAD = """# Benchmarks

Issue 14's table, measured by `benchmarks/run.py` as whole processes: each row alternates its
baseline and the program for several rounds and compares the medians. Absolute seconds depend on
the machine; the ratios are what the targets are about. Inputs are built by
`benchmarks/generate.py` (the demo workspace plus invented incidents over ten years, through the
core's bulk import; cached under `benchmarks/.cache/`, which git ignores).

    pip install -e '.[test]'          # as in the top README
    python benchmarks/run.py          # ~10 minutes on 2 cores the first time (inputs), then less

`--only WORD` runs the rows whose title contains WORD; `--rounds N` overrides the rounds.
A module `benchmarks/<name>.py` with `benchmark_rows(gen)` adds its rows (see run.py).

Two older scripts measure what the table does not: `undo_bench.py` (undo/redo of a big import,
per-row path against the bulk path; results-undo.md) and `communication_bench.py` (the
communication plan with 20 against 600 activities). Nothing in `tests/` asserts a time; the
suite checks with EXPLAIN QUERY PLAN that every incident list and filter searches an index and
that opening a workspace reads no growing table whole (tests/test_est_indexes.py).
"""


def write_readme(rows: list[Row], command: str, elapsed: float) -> Path:
    target = HERE / "README.md"
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    notes = target.read_text(encoding="utf-8").split("<!-- notes -->", 1)[1] if target.exists() and \
        "<!-- notes -->" in target.read_text(encoding="utf-8") else "\n"
    text = (f"{README_HEAD}\n## Figures of {today}\n\n`{command}` ({elapsed / 60:.1f} min)\n\n"
            f"Machine: {machine()}\n\n{table(rows)}\n\n<!-- notes -->{notes}")
    target.write_text(text, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Issue 14's benchmark table.")
    parser.add_argument("--rounds", type=int, help="rounds per row (default: per row, 3–7)")
    parser.add_argument("--only", help="only rows whose title contains this (no README)")
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    compileall.compile_dir(str(ROOT / "samverkan_desktop"), quiet=1)
    print(f"Machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as folder:
        work = Path(folder)
        data = work / "data"
        data.mkdir()
        (data / "settings.ini").write_text("[user]\nname=Bänk\ninitials=BÄ\n\n[window]\ntab=2\n",
                                           encoding="utf-8")
        env = dict(os.environ, SAMVERKAN_DATA_DIR=str(data), SAMVERKAN_USER="Bänk",
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        print("Inputs …", flush=True)
        rows = core_rows(work) + extra_rows()
        if args.only:
            rows = [r for r in rows if args.only.lower() in r.title.lower()]
        for row in rows:
            print(f"  {row.title} …", end="", flush=True)
            measure(row, env, args.rounds or row.rounds)
            print(f" {row.results['text']} ({'holds' if row.results['holds'] else 'does NOT hold'})",
                  flush=True)
    print()
    print(table(rows))
    elapsed = time.perf_counter() - started
    print(f"\n{elapsed / 60:.1f} min")
    if not args.only and not args.no_readme:
        command = "python benchmarks/run.py" + (f" --rounds {args.rounds}" if args.rounds else "")
        print(f"Wrote {write_readme(rows, command, elapsed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
