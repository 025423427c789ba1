"""Small agreements made through the core operations, for the agreement and resource tests."""

from __future__ import annotations

from samverkan_desktop.core.agreement import form_ops, resource_ops
from samverkan_desktop.core.agreement import ops as agreement_ops


def small_agreement(store, title="Samverkansöverenskommelse 2024-2026"):
    """Two parties, two forms, one resource; returns a dict of the uuids."""
    kommun = agreement_ops.create_party(store, "Örebro kommun", "kommun", "Örebro").created("party")[0]
    polis = agreement_ops.create_party(store, "Lokalpolisområde Örebro", "polis", "LPO Örebro").created("party")[0]
    ag = agreement_ops.create_agreement(store, title, "2024-01-01", "2026-12-31",
                                        party_uuids=[kommun, polis]).created("agreement")[0]
    parties = [r[0] for r in store.query(
        "SELECT uuid FROM agreement_party WHERE agreement_uuid = ? ORDER BY position", (ag,))]
    agreement_ops.update_agreement_party(store, parties[0], {"case_number": "KS 1382/2023"})
    agreement_ops.update_agreement_party(store, parties[1], {"case_number": "A713.561/2023"})
    est = form_ops.add_form(store, ag, "Effektiv samordning för trygghet", abbreviation="EST",
                            party_uuids=[kommun, polis]).created("cooperation_form")[0]
    sspf = form_ops.add_form(store, ag, "Skola, socialtjänst, polis och fritid", abbreviation="SSPF",
                             lead_party_uuid=kommun).created("cooperation_form")[0]
    res = resource_ops.add_resource(store, ag, polis, "Kommunpolis som samordnar EST.",
                                    function_role="Kommunpolis", form_uuids=[est]).created("guaranteed_resource")[0]
    return {"agreement": ag, "kommun": kommun, "polis": polis, "ap_kommun": parties[0], "ap_polis": parties[1],
            "est": est, "sspf": sspf, "resource": res}
