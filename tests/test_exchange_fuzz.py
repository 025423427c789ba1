"""The receiving side under a fixed-seed fuzz of 200 mutated files (tests/exchange_fuzz.py; the
10 000-case run and its figures are in docs/exchange.md)."""

from __future__ import annotations

from .exchange_fuzz import run


def test_two_hundred_mutated_files_no_traceback_no_live_change_nothing_left(tmp_path):
    tally = run(200, seed=11, root=tmp_path)
    assert tally.cases == 200 and tally.refused > 50, tally.lines()
    assert not tally.tracebacks, tally.tracebacks[:3]
    assert tally.live_changed == 0 and tally.leftovers == 0, tally.lines()
    assert not tally.bad_messages, tally.bad_messages[:3]
