"""The merge property test as a soak: batches of random examples, each batch with its own seed.

    python -m tests.exchange_soak --examples 2000 [--batch 50] [--seed 1100] [--minutes M] [--twin]

Each batch is ``SAMVERKAN_SOAK_EXAMPLES=<batch> pytest tests/test_exchange_model.py
--hypothesis-seed=<seed>`` in its own process; one line per batch is printed as it ends (seed,
examples, seconds, passed or the failing example), so a run stopped early still says how far it
got. ``--twin`` soaks tests/test_exchange_forward.py instead: every send of the model merged both
in bulk and row by row, the two workspaces compared. Run it at low priority on a shared machine (``nice -n 19``). A failure is a real bug: fix it
and add the example to the suite as a regression test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="soak of the merge property test (issue 11)")
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1100)
    parser.add_argument("--minutes", type=float, default=None, help="stop after the batch that passes this")
    parser.add_argument("--twin", action="store_true", help="the bulk merge against the field merge")
    args = parser.parse_args(argv)
    started, done, seed, failed = time.monotonic(), 0, args.seed, 0
    env = {**os.environ, "SAMVERKAN_SOAK_EXAMPLES": str(args.batch), "QT_QPA_PLATFORM": "offscreen"}
    while done < args.examples:
        if args.minutes is not None and time.monotonic() - started > args.minutes * 60:
            break
        t = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                 *(["tests/test_exchange_forward.py", "-k", "bulk_forward"] if args.twin
                                   else ["tests/test_exchange_model.py"]), f"--hypothesis-seed={seed}"],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        done += args.batch
        failed += result.returncode != 0
        tail = result.stdout.strip().splitlines()[-1:] if result.returncode == 0 else result.stdout.splitlines()[-40:]
        print(f"seed={seed} examples={args.batch} seconds={time.monotonic() - t:.0f} "
              f"{'passed' if result.returncode == 0 else 'FAILED'} " + " | ".join(tail), flush=True)
        seed += 1
    print(f"{done} examples in {(time.monotonic() - started) / 60:.0f} min, {failed} failed batches", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
