"""Fuzzing the receiving side: mutated exported files, merged into a live workspace.

    .venv/bin/python -m tests.exchange_fuzz --cases 10000 --seed 1

Each case mutates a good exported file — bit flips, truncation, a corrupted page or header, or
random SQL edits of rows, clocks and ``sqlite_master`` — and reads and merges it. Counted:
tracebacks (anything but a one-line SamverkanError), changes to the live file when the file was
refused, files left beside either file, and messages with a line break or a control character.
tests/test_exchange_fuzz.py runs a fixed-seed 200; docs/exchange.md records the long run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from samverkan_desktop.core.errors import SamverkanError
from samverkan_desktop.core.exchange import export, merge, receive
from samverkan_desktop.core.store.database import Store

NASTY_VALUES = [None, "", "x" * 300, "\x1b[2J\x07", "2026-02-30", "2026-13-01", -1, 0, 2 ** 53 + 1,
                2 ** 63 - 1, -(2 ** 63), 1.5e308, "null", "{}", '{"v":{"a":1}}', "ö" * 50, 53, 54,
                "00000000-0000-4000-8000-000000000000", "'); DROP TABLE party; --", 3.14]
NASTY_CLOCKS = ['{"v":' + "[" * 5000 + "]" * 5000 + "}", '{"v":{"SITE":9999}}', '{"v":{"x":-1}}',
                '{"v":{"x":1.5}}', '{"v":{"x":9007199254740993}}', '{"q":1}', "[]", "not json", "",
                '{"v":{},"c":{},"f":{"holder":{"SITE":1}}}', '{"m":{"deleted":{"x":2}}}',
                '{"v":{"SITE":1},"c":{"SITE":1},"f":{}}']


@dataclass
class Tally:
    cases: int = 0
    refused: int = 0
    merged: int = 0
    tracebacks: list[str] = field(default_factory=list)
    live_changed: int = 0
    leftovers: int = 0
    bad_messages: list[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)

    def ok(self) -> bool:
        return not (self.tracebacks or self.live_changed or self.leftovers or self.bad_messages)

    def lines(self) -> list[str]:
        return [f"{self.cases} fall: {self.refused} avvisade, {self.merged} sammanslagna; "
                f"{len(self.tracebacks)} tracebacks, {self.live_changed} ändringar i den levande filen, "
                f"{self.leftovers} kvarlämnade filer, {len(self.bad_messages)} meddelanden med radbrytning "
                f"eller styrtecken",
                "mutationer: " + ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))]


def _bitflip(rng, data: bytearray, _tmp) -> bytes:
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def _truncate(rng, data: bytearray, _tmp) -> bytes:
    return bytes(data[:rng.randrange(len(data))])


def _page(rng, data: bytearray, _tmp) -> bytes:
    size = int.from_bytes(data[16:18], "big") or 65536
    pages = max(1, len(data) // size)
    p = rng.randrange(pages)
    start = p * size + rng.randrange(size)
    length = rng.randint(1, 64)
    data[start:start + length] = bytes(rng.randrange(256) for _ in range(len(data[start:start + length])))
    return bytes(data)


def _header(rng, data: bytearray, _tmp) -> bytes:
    for _ in range(rng.randint(1, 3)):
        data[rng.randrange(100)] = rng.randrange(256)
    return bytes(data)


def _sql(rng, data: bytearray, tmp: Path, site: str) -> bytes:
    path = tmp / "sql-mutation.sqlite"
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for _ in range(rng.randint(1, 3)):
            table = rng.choice(tables)
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            what = rng.random()
            try:
                if what < 0.35 and "clock" in cols:
                    value = rng.choice(NASTY_CLOCKS).replace("SITE", site)
                    conn.execute(f"UPDATE {table} SET clock = ? WHERE rowid IN (SELECT rowid FROM {table} "
                                 f"ORDER BY random() LIMIT 2)", (value,))
                elif what < 0.75:
                    column = rng.choice(cols)
                    conn.execute("PRAGMA ignore_check_constraints = ON")
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid IN (SELECT rowid FROM {table} "
                                 f"ORDER BY random() LIMIT 2)", (rng.choice(NASTY_VALUES),))
                elif what < 0.85:
                    conn.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} "
                                 f"ORDER BY random() LIMIT 1)")
                else:
                    conn.execute("PRAGMA writable_schema = ON")
                    name = rng.choice(tables)
                    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0] or ""
                    choice = rng.random()
                    if choice < 0.4:
                        sql = sql.replace("NOT NULL", "", 1).replace("CHECK", "", 1)
                    elif choice < 0.7 and sql:
                        i = rng.randrange(len(sql))
                        sql = sql[:i] + rng.choice([")", "(", ",", " x", "'", ""]) + sql[i + 1:]
                    else:
                        sql = "CREATE TABLE " + name + " (x)"
                    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
                    conn.execute("PRAGMA writable_schema = OFF")
            except sqlite3.DatabaseError:
                pass
    finally:
        conn.close()
    out = path.read_bytes()
    path.unlink()
    return out


MUTATIONS = {"bitflip": _bitflip, "truncate": _truncate, "page": _page, "header": _header, "sql": _sql}
WEIGHTS = {"bitflip": 2, "truncate": 1, "page": 2, "header": 1, "sql": 4}


def _listing(*folders: Path) -> list:
    return [sorted(p.name for p in folder.iterdir()) for folder in folders]


def _world(root: Path) -> tuple[Path, bytes, Path]:
    """A live workspace (closed) and a good exported file from a peer with some edits."""
    from tests.exchange_util import copies

    (root / "ws").mkdir()
    stores, ids = copies(root / "ws", "AB")
    a, b = stores["A"], stores["B"]
    with a.write("Ändra") as tx:
        tx.update("guaranteed_resource", ids["resource"], {"holder": "Kim"})
        tx.insert("party", {"name": "Ny part", "short_name": "NP"})
        tx.delete("agreement_party", ids["ap"])
    with b.write("Ändra") as tx:
        tx.update("guaranteed_resource", ids["resource"], {"holder": "Sam"})
    good = root / "bra.sqlite"
    export.export_workspace(a, good, exporter_name="Anna", organisation="Örebro kommun")
    a.close()
    live_dir = root / "live"
    live_dir.mkdir()
    live = live_dir / "arbetsyta.sqlite"
    b.close()
    shutil.copyfile(b.path, live)
    return live, good.read_bytes(), b.origin


def run(cases: int, seed: int, root: Path | None = None, *, progress=None) -> Tally:
    """Fuzz ``cases`` mutations with ``seed``; returns the tally."""
    owned = root is None
    root = Path(tempfile.mkdtemp(prefix="samverkan-fuzz-")) if owned else root
    os.environ.setdefault("SAMVERKAN_DATA_DIR", str(root / "data"))
    rng = random.Random(seed)
    tally = Tally()
    try:
        live, good, _site = _world(root)
        pristine = live.read_bytes()
        inbox = root / "inkorg"
        inbox.mkdir()
        store = Store.open(live, user="B", origin="00000000-0000-4000-8000-0000000000b0", make_backup=False)
        me = store.origin
        kinds = list(MUTATIONS)
        for n in range(cases):
            kind = rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]
            tally.cases += 1
            tally.kinds[kind] += 1
            mutate = MUTATIONS[kind]
            data = (mutate(rng, bytearray(good), root, me) if kind == "sql"
                    else mutate(rng, bytearray(good), root))
            received = inbox / "mottagen.sqlite"
            received.write_bytes(data)
            listing = _listing(inbox, live.parent)
            before = live.read_bytes()
            try:
                got = receive.read_received(received)
                try:
                    merge.apply_merge(store, got, make_backup=False)
                finally:
                    got.close()
                tally.merged += 1
                merged = True
            except SamverkanError as exc:
                tally.refused += 1
                merged = False
                text = str(exc)
                tally.reasons[text.split(":", 1)[-1].split("(")[0].strip()[:50]] += 1
                if "\n" in text or any(ord(c) < 32 for c in text):
                    tally.bad_messages.append(repr(text))
            except Exception:  # noqa: BLE001 - what the fuzzer is looking for
                tally.tracebacks.append(f"{kind} #{n}: {traceback.format_exc(limit=3)}")
                merged = False
            received.unlink()
            if not merged and live.read_bytes() != before:
                tally.live_changed += 1
            if _listing(inbox, live.parent) != [[], listing[1]]:
                tally.leftovers += 1
            if merged:  # a harmless mutation was merged: back to the pristine workspace
                store.close()
                live.write_bytes(pristine)
                store = Store.open(live, user="B", origin="00000000-0000-4000-8000-0000000000b0",
                                   make_backup=False)
                me = store.origin
            if progress and n % 500 == 0:
                progress(n, cases)
        store.close()
    finally:
        if owned:
            shutil.rmtree(root, ignore_errors=True)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    tally = run(args.cases, args.seed, progress=lambda n, t: print(f"  {n}/{t}", file=sys.stderr))
    print("\n".join(tally.lines()))
    print(f"{time.perf_counter() - started:.0f} s; vanligaste skälen: "
          + json.dumps(tally.reasons.most_common(8), ensure_ascii=False))
    for t in tally.tracebacks[:5]:
        print(t)
    for m in tally.bad_messages[:5]:
        print(m)
    return 0 if tally.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
