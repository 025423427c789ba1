"""Small EST data for the analysis/import/PDF tests: one agreement, its areas, the default codes."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.core.est.codelists import INCIDENT_CATEGORY, SOURCE, ensure_default_codes


def insert_agreement(tx, title: str) -> tuple[str, str, str]:
    """Inside write ``tx``: Örebro kommun and its police area as parties of a 2024–2026 agreement
    with their diarienummer; returns (agreement, kommun, polis) uuids."""
    kommun = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
    polis = tx.insert("party", {"name": "Lokalpolisområde Örebro", "kind": "polis"})
    ag = tx.insert("agreement", {"title": title, "period_from": "2024-01-01", "period_to": "2026-12-31"})
    tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": kommun, "position": 0,
                                  "case_number": "KS 1382/2023"})
    tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": polis, "position": 1,
                                  "case_number": "A713.561/2023"})
    return ag, kommun, polis


def small_agreement(store, title="Samverkansöverenskommelse 2024-2026"):
    """An agreement with a kommun (areas Vivalla › Vivalla centrum, Centrum) and a police party.

    :returns: dict with ``agreement``, ``kommun``, ``polis``, ``areas`` {name: uuid}, ``cat``, ``src``
    """
    with store.write("Testdata") as tx:
        ag, kommun, polis = insert_agreement(tx, title)
        root = tx.insert("area", {"party_uuid": kommun, "level": "kommun", "name": "Örebro kommun"})
        vivalla = tx.insert("area", {"parent_uuid": root, "level": "område", "name": "Vivalla", "position": 0})
        centrum = tx.insert("area", {"parent_uuid": root, "level": "område", "name": "Centrum", "position": 1})
        torg = tx.insert("area", {"parent_uuid": vivalla, "level": "plats", "name": "Vivalla centrum"})
        codes = ensure_default_codes(tx)
    return {"agreement": ag, "kommun": kommun, "polis": polis,
            "areas": {"Örebro kommun": root, "Vivalla": vivalla, "Centrum": centrum, "Vivalla centrum": torg},
            "cat": codes[INCIDENT_CATEGORY], "src": codes[SOURCE]}


def add_incident(store, data, day: str, category: str, area: str | None, count: int = 1,
                 source: str | None = "Polis", text: str = ""):
    d = dt.date.fromisoformat(day)
    y, w, _ = d.isocalendar()
    with store.write("Ny händelse") as tx:
        return tx.insert("incident", {
            "agreement_uuid": data["agreement"], "occurred_on": day, "iso_year": y, "iso_week": w,
            "category_uuid": data["cat"][category], "area_uuid": data["areas"][area] if area else None,
            "source_uuid": data["src"][source] if source else None, "count": count, "description": text})
