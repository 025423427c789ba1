"""A small EST setup made through core operations: an agreement, its kommun areas, the default codes."""

from __future__ import annotations

from samverkan_desktop.core.est.codelists import ensure_default_codes


def est_setup(store) -> dict:
    """Agreement with two parties, a kommun area with three områden (one with a plats), default codes."""
    with store.write("Testdata") as tx:
        kommun = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
        polis = tx.insert("party", {"name": "Lokalpolisområde Örebro", "kind": "polis"})
        ag = tx.insert("agreement", {"title": "Samverkansöverenskommelse 2024-2026",
                                     "period_from": "2024-01-01", "period_to": "2027-12-31"})
        tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": kommun, "position": 0})
        tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": polis, "position": 1})
        root = tx.insert("area", {"party_uuid": kommun, "level": "kommun", "name": "Örebro kommun"})
        areas = {}
        for i, name in enumerate(["Vivalla", "Varberga", "Oxhagen"]):
            areas[name] = tx.insert("area", {"parent_uuid": root, "level": "område", "name": name, "position": i})
        areas["Vivalla centrum"] = tx.insert("area", {"parent_uuid": areas["Vivalla"], "level": "plats",
                                                      "name": "Vivalla centrum"})
        codes = ensure_default_codes(tx)
    return {"agreement": ag, "kommun": kommun, "polis": polis, "root": root, "areas": areas,
            "cat": codes["incident_category"], "src": codes["source"]}
