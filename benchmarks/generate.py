"""Deterministic benchmark inputs, built through the core's own paths and cached.

    python benchmarks/generate.py [10k 100k 1m 1y csv received ...]

* ``ws-<size>.sqlite``: the demo workspace plus invented incidents over ten years (2017–2026) up to
  10,000, 100,000 or 1,000,000 incidents, written with :func:`core.est.bulk.insert_incidents` (the
  path a CSV import takes) in transactions of 100,000.
* ``ws-1y.sqlite``: the demo plus the same density of incidents as ``ws-100k`` but in 2026 only
  (the "one year" side of "tertial PDF, 10 years vs 1 year").
* ``incidents-100k.csv``: 100,000 rows for ``samverkan import-incidents``.
* ``received-50k.sqlite``: an exchange file from another coordinator: ``ws-100k`` with 50,000
  incidents changed at another site, exported with ``samverkan export``'s core function.

Files live in ``benchmarks/.cache/<fingerprint>/``; the fingerprint hashes this file, the schema and
the demo data, so a change to any of them builds fresh inputs and a rerun reuses them.
Everything is seeded: the same fingerprint gives the same rows (uuids aside).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
FIRST_DAY, LAST_DAY = dt.date(2017, 1, 2), dt.date(2026, 11, 22)
ONE_YEAR_FIRST = dt.date(2026, 1, 1)
CHANGED_ROWS = 50_000
CSV_ROWS = 100_000
BATCH = 100_000
SITE = "00000000-0000-4000-8000-0000000000be"
OTHER_SITE = "00000000-0000-4000-8000-0000000000bf"
WORDS = ("Klotter på fasad", "Stökigt vid entré", "Krossad ruta", "Brand i container",
         "Ungdomar samlade", "Skadegörelse på skola", "Nedskräpning vid lekplats", "Stöld ur bod",
         "Oro bland boende", "Cykelstölder vid station", "")
# What decides the files' content: the generator, the schema, the migrations, the demo data.
_FINGERPRINTED = ("benchmarks/generate.py", "db/schema.sql", "samverkan_desktop/core/demo/est.py")


def cache_dir() -> Path:
    digest = hashlib.sha256()
    for name in _FINGERPRINTED:
        digest.update((ROOT / name).read_bytes())
    folder = ROOT / "benchmarks" / ".cache" / digest.hexdigest()[:12]
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _env() -> None:
    os.environ.setdefault("SAMVERKAN_DATA_DIR", str(ROOT / "benchmarks" / ".cache" / "data"))


def _codes(store, agreement: str) -> tuple[list[str], list[str], list[str]]:
    from samverkan_desktop.core.est.areas import agreement_areas
    from samverkan_desktop.core.est.codelists import INCIDENT_CATEGORY, SOURCE, codes

    categories = [c["uuid"] for c in codes(store, INCIDENT_CATEGORY)]
    sources = [c["uuid"] for c in codes(store, SOURCE)]
    areas = [a.uuid for a in agreement_areas(store, agreement) if a.level != "kommun"]
    return categories, areas, sources


def _records(rng: random.Random, n: int, agreement: str, first: dt.date, last: dt.date,
             categories: list[str], areas: list[str], sources: list[str]) -> list[dict]:
    span = (last - first).days + 1
    out = []
    for _ in range(n):
        day = first + dt.timedelta(days=rng.randrange(span))
        year, week, _ = day.isocalendar()
        out.append({"agreement_uuid": agreement, "occurred_on": day.isoformat(), "iso_year": year,
                    "iso_week": week, "category_uuid": rng.choice(categories),
                    "area_uuid": rng.choice(areas), "source_uuid": rng.choice(sources),
                    "count": rng.choice((1, 1, 1, 1, 2, 3)), "description": rng.choice(WORDS)})
    return out


def _build_workspace(target: Path, total: int, first: dt.date, last: dt.date, seed: int) -> Path:
    from samverkan_desktop.core.demo import create_demo_workspace
    from samverkan_desktop.core.demo.orebro import find_agreement
    from samverkan_desktop.core.est.bulk import insert_incidents

    tmp = target.with_name(target.name + ".part")
    for side in ("", "-wal", "-shm"):
        Path(str(tmp) + side).unlink(missing_ok=True)
    store = create_demo_workspace(tmp, user="Bänk", origin=SITE)
    try:
        agreement = find_agreement(store)
        categories, areas, sources = _codes(store, agreement)
        rng = random.Random(seed)
        missing = total - int(store.scalar("SELECT count(*) FROM incident"))
        while missing > 0:
            n = min(BATCH, missing)
            records = _records(rng, n, agreement, first, last, categories, areas, sources)
            with store.write(f"Bänkdata {n}", source="generate.py") as tx:
                insert_incidents(tx, records)
            missing -= n
    finally:
        store.close()
    os.replace(tmp, target)
    return target


def workspace(size: str) -> Path:
    """The cached workspace ``ws-<size>.sqlite`` (10k, 100k, 1m or 1y), built if missing."""
    target = cache_dir() / f"ws-{size}.sqlite"
    if not target.exists():
        _env()
        if size == "1y":
            _build_workspace(target, SIZES["100k"] // 10, ONE_YEAR_FIRST, LAST_DAY, 1)
        else:
            _build_workspace(target, SIZES[size], FIRST_DAY, LAST_DAY, SIZES[size])
    return target


def _cached(name: str):
    """Decorate the builder of ``cache_dir()/name``: the file is built (into ``name.part``, which the
    builder gets, then moved into place) only when it is not there yet; the decorated call returns it."""
    def wrap(build):
        @functools.wraps(build)
        def get() -> Path:
            target = cache_dir() / name
            if not target.exists():
                _env()
                tmp = target.with_name(target.name + ".part")
                build(tmp)
                os.replace(tmp, target)
            return target
        return get
    return wrap


@_cached("incidents-100k.csv")
def incidents_csv(tmp: Path) -> None:
    """``incidents-100k.csv``: rows with the demo's category, area and source names."""
    from samverkan_desktop.core.demo.orebro import PARTNERSHIP_AREAS
    from samverkan_desktop.core.est.codelists import DEFAULT_CATEGORIES, DEFAULT_SOURCES

    rng = random.Random(CSV_ROWS)
    span = (LAST_DAY - FIRST_DAY).days + 1
    with tmp.open("w", encoding="utf-8", newline="") as f:
        f.write("Datum;Kategori;Område;Källa;Antal;Beskrivning\n")
        for _ in range(CSV_ROWS):
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
            f.write(f"{day.isoformat()};{rng.choice(DEFAULT_CATEGORIES)};{rng.choice(PARTNERSHIP_AREAS)};"
                    f"{rng.choice(DEFAULT_SOURCES)};{rng.choice((1, 1, 1, 2, 3))};{rng.choice(WORDS)}\n")


@_cached("received-50k.sqlite")
def received(tmp: Path) -> None:
    """``received-50k.sqlite``: ws-100k with 50,000 incidents changed elsewhere, as an exchange file."""
    from samverkan_desktop.core.exchange.export import export_workspace
    from samverkan_desktop.core.progress import no_progress
    from samverkan_desktop.core.store.database import Store

    source = workspace("100k")
    with tempfile.TemporaryDirectory(dir=tmp.parent) as folder:
        copy = Path(folder) / "other.sqlite"
        shutil.copyfile(source, copy)
        store = Store.open(copy, user="Annan", origin=OTHER_SITE, make_backup=False)
        try:
            rng = random.Random(CHANGED_ROWS)
            uuids = [r[0] for r in store.query("SELECT uuid FROM incident ORDER BY rowid")]
            chosen = sorted(rng.sample(uuids, CHANGED_ROWS))
            counts = {r[0]: r[1] for r in store.query("SELECT uuid, count FROM incident")}
            with store.write("Ändrade i en annan kommun") as tx:
                tx._update_many("incident", [(u, {"count": counts[u] + 1}) for u in chosen], no_progress)
            export_workspace(store, tmp, exporter_name="Annan", organisation="Grannkommunen")
        finally:
            store.close()


BUILDERS = {"10k": lambda: workspace("10k"), "100k": lambda: workspace("100k"),
            "1m": lambda: workspace("1m"), "1y": lambda: workspace("1y"), "csv": incidents_csv,
            "received": received}


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(BUILDERS)
    for name in names:
        if name not in BUILDERS:
            print(f"generate.py: okänd indata {name!r} (välj bland {', '.join(BUILDERS)})", file=sys.stderr)
            return 2
        print(BUILDERS[name]())
    return 0


if __name__ == "__main__":
    sys.exit(main())
