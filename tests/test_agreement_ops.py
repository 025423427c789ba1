"""Core operations on agreements: fields, validation, purposes, parties, forms, templates, Ny period."""

from __future__ import annotations

import pytest

from samverkan_desktop.core.agreement import (
    copying as agreement_copy,
)
from samverkan_desktop.core.agreement import (
    form_ops,
    resources,
)
from samverkan_desktop.core.agreement import (
    ops as agreement_ops,
)
from samverkan_desktop.core.agreement import (
    queries as agreements,
)
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.store import replay

from .agreement_helpers import small_agreement


def test_update_agreement_is_one_change_and_undoable(store):
    ids = small_agreement(store)
    changes = agreement_ops.update_agreement(store, ids["agreement"], {"economy_clause": "Egna kostnader & <b>"})
    assert [e.table for e in changes.edits] == ["agreement"]
    assert store.get("agreement", ids["agreement"])["economy_clause"] == "Egna kostnader & <b>"
    replay.undo(store, changes)
    assert store.get("agreement", ids["agreement"])["economy_clause"] == ""


@pytest.mark.parametrize("values, field", [
    ({"title": "  "}, "title"),
    ({"period_to": "2023-12-31"}, "period_to"),
    ({"period_from": "2027-01-01"}, "period_from"),
    ({"period_to": "31/12/2026"}, "period_to"),
    ({"signed_date": "igår"}, "signed_date"),
    ({"status": "okänd"}, "status"),
])
def test_invalid_values_are_refused_with_the_field_named(store, values, field):
    ids = small_agreement(store)
    with pytest.raises(ValidationError) as err:
        agreement_ops.update_agreement(store, ids["agreement"], values)
    assert err.value.field == field
    assert store.get("agreement", ids["agreement"])["period_to"] == "2026-12-31"


def test_problems_name_too_few_parties_and_follow_ups_outside_the_period(store):
    ids = small_agreement(store)
    assert agreements.agreement_problems(store, ids["agreement"]) == {}
    agreement_ops.remove_agreement_party(store, ids["ap_polis"])
    with store.write("Uppföljningar") as tx:
        for due in ("2024-11-30", "2027-06-30", "2027-07-01", "2023-12-31"):
            tx.insert("follow_up", {"agreement_uuid": ids["agreement"], "due_date": due})
    problems = agreements.agreement_problems(store, ids["agreement"])
    assert "minst två parter" in problems["parties"]
    # Six months after the end is "just after" and allowed; a day later, or before the start, is not.
    assert "2027-07-01" in problems["follow_up"] and "2023-12-31" in problems["follow_up"]
    assert "2027-06-30" not in problems["follow_up"] and "2024-11-30" not in problems["follow_up"]


def test_purposes_keep_their_order_through_moves(store):
    ids = small_agreement(store)
    for text in ("Första", "Andra", "Tredje"):
        agreement_ops.add_purpose(store, ids["agreement"], text)
    third = agreements.list_purposes(store, ids["agreement"])[2]["uuid"]
    agreement_ops.move_purpose(store, third, -1)
    agreement_ops.move_purpose(store, third, -1)
    agreement_ops.move_purpose(store, third, -1)  # already first: nothing happens
    assert [p["text"] for p in agreements.list_purposes(store, ids["agreement"])] == ["Tredje", "Första", "Andra"]
    agreement_ops.delete_purpose(store, third)
    assert [p["text"] for p in agreements.list_purposes(store, ids["agreement"])] == ["Första", "Andra"]


def test_parties_any_number_once_each_reorderable(store):
    ids = small_agreement(store)
    extra = agreement_ops.create_party(store, "Länsstyrelsen", "annan myndighet").created("party")[0]
    agreement_ops.add_agreement_party(store, ids["agreement"], extra, case_number="LST 1/2024")
    with pytest.raises(ValidationError):
        agreement_ops.add_agreement_party(store, ids["agreement"], extra)
    ap = agreements.agreement_parties(store, ids["agreement"])[-1]
    agreement_ops.move_agreement_party(store, ap.uuid, -2)
    names = [p.name for p in agreements.agreement_parties(store, ids["agreement"])]
    assert names == ["Länsstyrelsen", "Örebro kommun", "Lokalpolisområde Örebro"]
    with pytest.raises(ValidationError):
        agreement_ops.create_party(store, "Något", "förening")


def test_party_register_sorts_swedish(store):
    for name in ("Örebro kommun", "Askersunds kommun", "Ängelholm", "Zinkgruvan", "Åmål"):
        agreement_ops.create_party(store, name, "kommun")
    names = [p["name"] for p in agreements.list_parties(store)]
    assert names == ["Askersunds kommun", "Zinkgruvan", "Åmål", "Ängelholm", "Örebro kommun"]


def test_forms_fields_parties_and_delete_with_links(store):
    ids = small_agreement(store)
    form_ops.update_form(store, ids["sspf"], {"kind": "forum", "follow_up_text": "Årligen", "lead_party_uuid": ""})
    row = store.get("cooperation_form", ids["sspf"])
    assert (row["kind"], row["follow_up_text"], row["lead_party_uuid"]) == ("forum", "Årligen", None)
    form_ops.set_form_parties(store, ids["sspf"], [ids["polis"]])
    assert agreements.form_party_uuids(store, ids["sspf"]) == [ids["polis"]]
    changes = form_ops.delete_form(store, ids["est"])
    assert resources.resource_form_uuids(store, ids["resource"]) == []
    replay.undo(store, changes)
    assert resources.resource_form_uuids(store, ids["resource"]) == [ids["est"]]
    with pytest.raises(ValidationError):
        form_ops.update_form(store, ids["est"], {"name": ""})


def test_delete_agreement_tombstones_everything_and_undo_restores(store):
    ids = small_agreement(store)
    changes = agreement_ops.delete_agreement(store, ids["agreement"])
    assert agreements.list_agreements(store) == []
    assert store.get("resource_form", store.scalar("SELECT uuid FROM resource_form"))["deleted"] == 1
    replay.undo(store, changes)
    assert len(resources.list_resources(store, ids["agreement"])) == 1
    assert resources.list_resources(store, ids["agreement"])[0]["form_uuids"] == [ids["est"]]


@pytest.mark.parametrize("template, forms", [("blank", 0), ("orebro", 15), ("hallsberg", 7)])
def test_templates(store, template, forms):
    ids = small_agreement(store)
    changes = agreement_copy.create_from_template(store, template, "Ny 2027-2029", "2027-01-01", "2029-12-31",
                                                  [ids["kommun"], ids["polis"]])
    new = changes.created("agreement")[0]
    assert len(agreements.list_forms(store, new)) == forms
    assert [p.name for p in agreements.agreement_parties(store, new)] == ["Örebro kommun", "Lokalpolisområde Örebro"]
    if template == "orebro":
        leads = {f["abbreviation"]: f["lead_party_uuid"] for f in agreements.list_forms(store, new)}
        # A lead only where seed 001 names one ("Kommunstyrelsen är huvudman"; none for GVI).
        assert leads["GVI"] is None and leads["ÖreBRÅ"] == ids["kommun"]
    assert store.get("agreement", new)["status"] == "utkast"


def test_new_period_carries_everything_and_links_back(demo_store):
    old = agreements.resolve_agreement(demo_store, "Samverkansöverenskommelse 2024-2026")
    changes = agreement_copy.copy_to_new_period(demo_store, old["uuid"], "2027-01-01", "2029-12-31")
    new = demo_store.get("agreement", changes.created("agreement")[0])
    assert new["title"] == "Samverkansöverenskommelse 2027-2029"
    assert new["previous_uuid"] == old["uuid"] and new["status"] == "utkast"
    parties = agreements.agreement_parties(demo_store, new["uuid"])
    assert [p.name for p in parties] == ["Örebro kommun", "Lokalpolisområde Örebro"]
    assert all(p.case_number == "" for p in parties)  # a new decision gets new diarienummer
    assert len(agreements.list_purposes(demo_store, new["uuid"])) == 3
    assert len(agreements.list_forms(demo_store, new["uuid"])) == 15
    old_cov = {f["name"]: len(f["resources"]) for f in resources.form_coverage(demo_store, old["uuid"])}
    new_cov = {f["name"]: len(f["resources"]) for f in resources.form_coverage(demo_store, new["uuid"])}
    assert new_cov == old_cov and sum(new_cov.values()) > 18
    new_forms = {f["uuid"] for f in agreements.list_forms(demo_store, new["uuid"])}
    for r in resources.list_resources(demo_store, new["uuid"]):
        assert set(r["form_uuids"]) <= new_forms  # links point at the copies, not the old forms
    assert len(resources.list_resources(demo_store, old["uuid"])) == 18
    with pytest.raises(ValidationError):
        agreement_copy.copy_to_new_period(demo_store, old["uuid"], "2023-01-01", "2023-12-31")


def test_next_title():
    assert agreement_copy.next_title("Samverkansöverenskommelse 2024-2026", "2024-01-01", "2026-12-31",
                                     "2027-01-01", "2029-12-31") == "Samverkansöverenskommelse 2027-2029"
    assert agreement_copy.next_title("Avtal", "2024-01-01", "2026-12-31", "2027-01-01",
                                     "2029-12-31") == "Avtal 2027–2029"
