"""Code lists: the defaults install once, with uuids every installation computes alike."""

from __future__ import annotations

from samverkan_desktop.core.est.codelists import (
    DEFAULT_CATEGORIES,
    DEFAULT_SOURCES,
    codes,
    ensure_default_codes,
)
from samverkan_desktop.core.store.stamps import natural_uuid


def test_defaults_are_installed_in_order(store):
    with store.write("Standardkoder") as tx:
        ensure_default_codes(tx)
    cats = codes(store, "incident_category")
    assert [c["label"] for c in cats] == list(DEFAULT_CATEGORIES)
    assert [c["label"] for c in codes(store, "source")] == list(DEFAULT_SOURCES)
    assert len(DEFAULT_CATEGORIES) == 12 and len(DEFAULT_SOURCES) == 14


def test_ensure_default_codes_is_idempotent(store):
    with store.write("Standardkoder") as tx:
        first = ensure_default_codes(tx)
    with store.write("Standardkoder igen") as tx:
        second = ensure_default_codes(tx)
        assert not tx.changes  # nothing written the second time
    assert first == second
    total = len(DEFAULT_CATEGORIES) + len(DEFAULT_SOURCES)
    assert store.scalar("SELECT count(*) FROM code_item") == total


def test_default_codes_have_natural_uuids(store, tmp_path):
    from samverkan_desktop.core.store.database import Store

    with store.write("Standardkoder") as tx:
        ensure_default_codes(tx)
    other = Store.create(tmp_path / "annan.sqlite", user="XY", origin="00000000-0000-4000-8000-00000000000b")
    try:
        with other.write("Standardkoder") as tx:
            ensure_default_codes(tx)
        mine = {r["uuid"] for r in store.query("SELECT uuid FROM code_item")}
        theirs = {r["uuid"] for r in other.query("SELECT uuid FROM code_item")}
    finally:
        other.close()
    assert mine == theirs  # two coordinators' defaults are the same rows
    brand = natural_uuid("code", "incident_category", "Brand")
    assert brand in mine


def test_renamed_or_deactivated_default_is_left_alone(store):
    with store.write("Standardkoder") as tx:
        uuids = ensure_default_codes(tx)
    klotter = uuids["incident_category"]["Klotter"]
    with store.write("Byt namn") as tx:
        tx.update("code_item", klotter, {"label": "Klotter/tags", "active": 0})
    with store.write("Standardkoder igen") as tx:
        ensure_default_codes(tx)
    assert store.get("code_item", klotter)["label"] == "Klotter/tags"
    labels = [c["label"] for c in codes(store, "incident_category")]
    assert "Klotter/tags" not in labels and "Klotter" not in labels
    assert "Klotter/tags" in [c["label"] for c in codes(store, "incident_category", include_inactive=True)]
