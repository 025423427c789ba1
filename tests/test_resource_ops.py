"""Core operations on guaranteed resources and contact persons; summaries per party and form."""

from __future__ import annotations

import pytest

from samverkan_desktop.core.agreement import contacts, resource_ops, resources
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.store import replay

from .agreement_helpers import small_agreement


def test_add_update_and_link_resources(store):
    ids = small_agreement(store)
    res = resource_ops.add_resource(store, ids["agreement"], ids["kommun"], "Fältassistenter",
                                    status="vakant", extent_fte="1,5").created("guaranteed_resource")[0]
    row = store.get("guaranteed_resource", res)
    assert (row["status"], row["extent_fte"]) == ("vakant", 1.5)
    changes = resource_ops.set_resource_forms(store, res, [ids["est"], ids["sspf"]])
    assert set(resources.resource_form_uuids(store, res)) == {ids["est"], ids["sspf"]}
    resource_ops.set_resource_forms(store, res, [ids["sspf"]])
    assert resources.resource_form_uuids(store, res) == [ids["sspf"]]
    replay.undo(store, changes)  # the inverse of that first edit: both links it made go, SSPF's too
    assert resources.resource_form_uuids(store, res) == []
    replay.redo(store, changes)
    assert set(resources.resource_form_uuids(store, res)) == {ids["est"], ids["sspf"]}
    resource_ops.update_resource(store, res, {"extent_fte": "", "holder": "Kim"})
    assert store.get("guaranteed_resource", res)["extent_fte"] is None
    for bad in ({"extent_fte": "en halv"}, {"extent_fte": "-1"}, {"status": "ledig"}, {"text": " "}):
        with pytest.raises(ValidationError):
            resource_ops.update_resource(store, res, bad)


def test_summary_per_party_and_uncovered_forms(store):
    ids = small_agreement(store)
    resource_ops.add_resource(store, ids["agreement"], ids["kommun"], "Samordnare", status="vakant")
    summary = {s["party_name"]: s for s in resources.party_summary(store, ids["agreement"])}
    assert (summary["Örebro kommun"]["guaranteed"], summary["Örebro kommun"]["vacant"]) == (1, 1)
    assert (summary["Lokalpolisområde Örebro"]["guaranteed"], summary["Lokalpolisområde Örebro"]["staffed"]) == (1, 1)
    coverage = {f["abbreviation"]: f for f in resources.form_coverage(store, ids["agreement"])}
    assert not coverage["EST"]["uncovered"] and coverage["SSPF"]["uncovered"]


def test_resources_list_in_party_order_then_position(store):
    ids = small_agreement(store)
    first = resource_ops.add_resource(store, ids["agreement"], ids["kommun"], "A").created("guaranteed_resource")[0]
    resource_ops.add_resource(store, ids["agreement"], ids["kommun"], "B")
    assert [r["text"] for r in resources.list_resources(store, ids["agreement"])][:2] == ["A", "B"]
    resource_ops.move_resource(store, first, 1)
    texts = [r["text"] for r in resources.list_resources(store, ids["agreement"])]
    assert texts == ["B", "A", "Kommunpolis som samordnar EST."]
    resource_ops.delete_resource(store, first)
    assert len(resources.list_resources(store, ids["agreement"])) == 2


def test_contacts_register_sorted_swedish_and_unlinked_on_delete(store):
    ids = small_agreement(store)
    for name in ("Örjan Ek", "Anna Berg", "Åsa Lind", "Zara Ny"):
        contacts.add_contact(store, name, party_uuid=ids["kommun"], email="x@orebro.se")
    people = contacts.list_contacts(store)
    assert [c["name"] for c in people] == ["Anna Berg", "Zara Ny", "Åsa Lind", "Örjan Ek"]
    with pytest.raises(ValidationError):
        contacts.add_contact(store, "Fel", email="inte-en-adress")
    resource_ops.update_resource(store, ids["resource"], {"contact_uuid": people[0]["uuid"]})
    assert resources.list_resources(store, ids["agreement"])[0]["contact_name"] == "Anna Berg"
    changes = contacts.delete_contact(store, people[0]["uuid"])
    assert store.get("guaranteed_resource", ids["resource"])["contact_uuid"] is None
    replay.undo(store, changes)
    assert store.get("guaranteed_resource", ids["resource"])["contact_uuid"] == people[0]["uuid"]
